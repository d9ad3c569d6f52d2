/**
 * A French hotel's group confirmation: titled "Confirmation de groupe", counting its nights, it is a
 * hotel confirmation even though it names the hotel's restaurant and the band's flight cases.
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
  'Objet : votre séjour',
  'Arrivée\tlundi 8 mars 2027\tDépart\tmercredi 10 mars 2027',
  'Nombre de nuits\t2',
  'Nombre de chambres\t5',
  'Petit-déjeuner servi au restaurant La Tannerie de 7h00 à 10h00.',
  'Bagagerie : flight cases acceptés.',
].join('\n');

test('a group confirmation counting its nights is a hotel confirmation, its restaurant and flight cases no other booking', () => {
  assert.equal(categorise(attached('Confirmation_groupe_G-7731.pdf', LETTER)), 'hotel_confirmation');
});
