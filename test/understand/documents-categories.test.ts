import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extractPastedText } from '../../src/extract/index.js';
import { categorise } from '../../src/understand/sections/documents.js';

const attached = (name: string, text: string): ExtractedSource => ({ ...extractPastedText(text), name, origin: 'file' });

test('a contact table makes a contact sheet in any language, unless the title names another kind of document', () => {
  assert.equal(categorise(attached('lista.xlsx', 'Função\tNome\tTelemóvel\tEmail\nProdução\tRita Lobo\t912 345 678\trita@x.example.pt')), 'contact_sheet');
  assert.equal(categorise(attached('Crew_Contactos.pdf', 'FESTA DO RIO – Lista de contactos\nHospitalidade: Ana Reis, 912 000 111')), 'contact_sheet');
  assert.equal(categorise(attached('notes.docx', [
    'COPPER WILLOWS', 'Hospitality Rider 2027', '',
    'Role\tName\tPhone\tE-mail', 'Tour Manager\tIda Brandt\t+46 70 555 01 02\tida@example.se', '',
    'Dressing room for 6 people with towels and water.',
  ].join('\n'))), 'rider');
});

test('an Italian contract is a contract', () => {
  assert.equal(categorise(attached('Contratto_2027.pdf', 'CONTRATTO DI SCRITTURA ARTISTICA\nArt. 3 - Compenso\nCachet fisso di EUR 2.500,00, acconto del 30%.')), 'contract');
});

test('a mail whose subject confirms a booking is that booking\'s document, however personally it greets', () => {
  const mail = (subject: string, body: string): ExtractedSource => ({
    ...attached('confirmation.eml', body), format: 'eml', metadata: { subject, from: 'Desk <desk@carrier.example.com>' },
  });
  assert.equal(categorise(mail('Je boeking is bevestigd! Boekingscode QX7ZP2', [
    'Hoi Sanne,', '', 'Heenvlucht HV 5131 Amsterdam - Porto', 'Vertrek 07:10, aankomst 09:05', 'Passagier: S. de Wit, stoel 14C',
  ].join('\n'))), 'flight_ticket');
  assert.equal(categorise(mail('Buchungsbestätigung 4471 - Transfers Köln 03.05.2027', [
    'Sehr geehrte Frau Berg,', '', 'hiermit bestätigen wir die folgenden Transfers:', 'Fahrt 1: Abholung 14:00 Uhr am Flughafen',
  ].join('\n'))), 'itinerary');
});

test('a calendar file is an itinerary, whatever its events are called', () => {
  const invite = { ...attached('Pressetermin.ics', 'Summary: Interview Radio Nord\nStart: 20280304T110000\nLocation: Studio 2'), format: 'ics' as const };
  assert.equal(categorise(invite), 'itinerary');
  assert.equal(categorise(attached('Pressetermin.txt', 'Summary: Interview Radio Nord\nStart: 20280304T110000\nLocation: Studio 2')), 'other');
});
