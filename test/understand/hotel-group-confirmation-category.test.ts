/**
 * A French hotel's group confirmation ("Confirmation de réservation de groupe") is a hotel confirmation,
 * though it names the hotel's restaurant and the band's flight cases: "flight cases" are no flight.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { categorise } from '../../src/understand/sections/documents.js';
import { pasted } from './helpers.js';

const attached = (name: string, text: string): ExtractedSource => ({ ...pasted(text), name, origin: 'file', mimeType: 'application/pdf' });

const LETTER = [
  'HÔTEL DES TANNEURS\tService Groupes',
  'Hôtel & Restaurant « La Tannerie »\tDossier G-7731',
  '',
  'CONFIRMATION DE RÉSERVATION DE GROUPE',
  'Arrivée\tlundi 8 mars 2027\tDépart\tmercredi 10 mars 2027',
  'Nombre de nuits\t2',
  'Nombre de chambres\t5',
  'Petit-déjeuner servi au restaurant La Tannerie de 7h00 à 10h00.',
  'Bagagerie : flight cases acceptés.',
].join('\n');

test('a group booking confirmed in French is a hotel confirmation; the flight cases it accepts make no flight ticket', () => {
  assert.equal(categorise(attached('Confirmation_groupe_G-7731.pdf', LETTER)), 'hotel_confirmation');
});

test("a hotel's proforma invoice counting nights and naming its restaurant stays an invoice", () => {
  const proforma = attached('Proforma_PF-2207.pdf', [
    'PROFORMA INVOICE PF-2207', 'Hotel Brightwater & Restaurant', 'Room, 2 nights', 'Restaurant dinner, 6 covers',
    'VAT 10 %', 'Amount due: EUR 1,240.00', 'IBAN DE12 5001 0517 0648 4898 90', 'Due date: 1 March 2027',
  ].join('\n'));
  assert.equal(categorise(proforma), 'invoice');
});
