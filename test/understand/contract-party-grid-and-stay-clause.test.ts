/**
 * A German-language artist contract printed as a PDF: a parties grid whose cells name each party's firm and the
 * person acting for it, a timetable grid naming the headliner's slot by the act, a remarks cell wrapped onto a
 * row of its own, and a hospitality clause booking the hotel in running prose.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

function pdf(lines: string[]): ExtractedSource {
  return { ...pasted(lines.join('\n')), name: 'Vertrag_Faerberei.pdf', origin: 'file', format: 'pdf', mimeType: 'application/pdf' };
}

const CONTRACT = [
  'Künstlervertrag',
  '',
  '1. Vertragsparteien',
  'Veranstalter\tKulturverein Färberei, Mühleweg 7, 3012 Bern, Schweiz',
  '\tvertreten durch Selina Amrein, Programmleitung Mobile +41 (0)79 321 45 67 · selina@faerberei.example.ch',
  'Agentur\tHafenlicht Booking GmbH, Elbstraße 3, 20359 Hamburg, Deutschland vertreten durch Jonas Wendt, Agent Tel. +49 40 555 123 45 · jonas@hafenlicht.example.de',
  'Künstler\tNova & The Tide',
  '',
  '2. Veranstaltung',
  'Datum\tSamstag, 14. November 2026',
  '',
  '3. Zeitplan',
  'Türöffnung\t19.30 Uhr',
  'Konzertbeginn Nova & The Tide\t21.00 Uhr',
  'Musikende\tspätestens 23.00 Uhr',
  '',
  '4. Gage',
  'Gage\tCHF 3\'600.00, Pauschalgage',
  'Zahlung\t50 % der Gage bis 1. Oktober 2026; Restbetrag innert 10 Tagen nach dem Konzert',
  'Bemerkungen\tDie Künstler haben keinen Wohnsitz in der Schweiz; der Veranstalter zieht die',
  '\tQuellensteuer von der Gage ab.',
  '',
  '5. Hospitality',
  '5.1 Hotel. Der Veranstalter bucht für die Nacht vom 14. auf den 15. November 2026 1 Doppelzimmer und 2',
  'Einzelzimmer inkl. Frühstück im Hotel Lindenhof Garni, Lindenweg 4, 3012 Bern. Check-in ab',
  '14.00 Uhr, Check-out bis 10.00 Uhr.',
  '5.2 Catering. Um 18.00 Uhr wird ein warmes Nachtessen für 6 Personen serviert, zubereitet von Küche Färberei.',
  '',
  '6. Technik',
  'Der Technical Rider (Anhang 1) ist integrierender Bestandteil dieses Vertrages. Abweichungen sind schriftlich',
  'mit dem Tourmanager abzusprechen.',
];

test('the person a parties grid says represents each party is a contact of that firm, with their own title', async () => {
  const { extracted } = await understand([pdf(CONTRACT)]);
  const people = extracted.contacts.map((c) => [c.name, c.role, c.company, c.phone, c.email]);
  assert.deepEqual(people, [
    ['Selina Amrein', 'Programmleitung', 'Kulturverein Färberei', '+41793214567', 'selina@faerberei.example.ch'],
    ['Jonas Wendt', 'Agent', 'Hafenlicht Booking GmbH', '+494055512345', 'jonas@hafenlicht.example.de'],
  ]);
});

test('a timetable row naming the act times its set, and "spätestens" opens the curfew\'s time', async () => {
  const { extracted } = await understand([pdf(CONTRACT)]);
  const items = extracted.activities.map((a) => [a.kind, a.startTime]).sort((a, b) => a[1]!.localeCompare(b[1]!));
  assert.deepEqual(items, [['doors', '19:30'], ['set', '21:00'], ['curfew', '23:00']], JSON.stringify(extracted.activities));
  assert.equal(extracted.general.curfewTime, '23:00');
  const set = extracted.activities.find((a) => a.kind === 'set');
  assert.match(set!.name, /Nova & The Tide/);
});

test('the fee\'s share paid before its balance is the deposit, and a remarks cell wrapped onto its own row is read whole', async () => {
  const { extracted } = await understand([pdf(CONTRACT)]);
  assert.equal(extracted.deal.depositPercent, 50);
  assert.equal(extracted.deal.notes, 'Die Künstler haben keinen Wohnsitz in der Schweiz; der Veranstalter zieht die Quellensteuer von der Gage ab.');
});

test('a hotel clause booking the night "vom 14. auf den 15." reads its nights, rooms and the hotel\'s own name', async () => {
  const { extracted } = await understand([pdf(CONTRACT)]);
  const [hotel] = extracted.hotels;
  assert.equal(extracted.hotels.length, 1);
  assert.deepEqual(
    [hotel!.name, hotel!.checkInDate, hotel!.checkInTime, hotel!.checkOutDate, hotel!.checkOutTime, hotel!.rooms, hotel!.country],
    ['Hotel Lindenhof Garni', '2026-11-14', '14:00', '2026-11-15', '10:00', 3, 'CH'],
  );
});

test('a Swiss "Nachtessen" served by a kitchen is its catering, and a clause making the rider part of the contract states no equipment', async () => {
  const { extracted } = await understand([pdf(CONTRACT)]);
  assert.deepEqual(extracted.food.map((f) => [f.name, f.kind, f.time, f.guestCount]), [['Küche Färberei', 'catering', '18:00', 6]]);
  assert.equal(extracted.technical.equipment, null);
});
