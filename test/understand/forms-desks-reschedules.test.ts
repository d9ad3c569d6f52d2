import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPersonRow } from '../../src/understand/sections/contact-desks.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';
import { pasted } from './helpers.js';
import { countryOfPostcode } from '../../src/understand/normalise/postcode-country.js';

test('contact sheet rows: desks and unreachable note rows are no people', () => {
  assert.equal(isPersonRow('Box office', true), false);
  assert.equal(isPersonRow('WiFi', false), false);
  assert.equal(isPersonRow('Parking', false), false);
  assert.equal(isPersonRow('Jana Kowalczyk', false), true);
  assert.equal(isPersonRow('Jana Kowalczyk', true), true);
});

test('load-in and headline words in Dutch and French', () => {
  assert.equal(activityKind('Laden/lossen'), 'load_in');
  assert.equal(activityKind('Arrivée équipe technique'), 'load_in');
  assert.equal(activityKind('Aanvang hoofdact'), 'set');
});

test('postcode shapes', () => {
  assert.equal(countryOfPostcode('Kerkstraat 3, 1234 AB Zwolle'), 'NL');
  assert.equal(countryOfPostcode('12 Mill Lane, Leeds LS2 7QT'), 'GB');
  assert.equal(countryOfPostcode('Hauptstraße 5, 80331 München'), null);
});

test('a message reporting new flight times next to the old ones replaces them, with a conflict', async () => {
  const { withRescheduledFlights } = await import('../../src/understand/merge/rescheduled-flights.js');
  const ev = (source: string) => ({ method: 'pattern' as const, source, page: null, span: [0, 1] as [number, number], validated: true, support: 1, conflict: false });
  const flights = [{
    flightNumber: { value: 'ZZ401', ...ev('booking.eml') },
    departureTime: { value: '2030-03-02T07:15', ...ev('booking.eml') },
    arrivalTime: { value: '2030-03-02T09:30', ...ev('booking.eml') },
  }];
  const chat = pasted('[01/03/2030, 10:00:00] Ana Lopes: ZZ401 now departs at 08:05 instead of 07:15 and arrives at 10:20 (was 09:30)\n');
  const conflicts: { field: string }[] = [];
  const out = withRescheduledFlights(flights as never, [chat], conflicts as never);
  assert.equal((out[0] as { departureTime: { value: string } }).departureTime.value, '2030-03-02T08:05');
  assert.equal((out[0] as { arrivalTime: { value: string } }).arrivalTime.value, '2030-03-02T10:20');
  assert.equal(conflicts.length, 2);
});

test('a labelled set slot takes the act after its time, or the untimed support line', async () => {
  const { scheduleOf } = await import('../../src/understand/sections/schedule.js');
  const nl = pasted('Tijden\n\nDeuren open\t19.30 uur\nAanvang voorprogramma\t20.00 uur – Kleine Vos (40 min.)\nAanvang hoofdact\t21.00 – 22.15 uur – De Lange Nacht\n');
  const names = scheduleOf(nl).filter((i) => i.kind.value === 'set').map((i) => i.name.value);
  assert.deepEqual(names, ['Kleine Vos', 'Aanvang hoofdact']);
  const fr = pasted('Artiste\tLes Hiboux\nPremière partie\tMarc Duval (piano-voix)\n\nOuverture des portes\t19h00\nPremière partie\t19h45 – 20h15\n');
  const support = scheduleOf(fr).find((i) => i.kind.value === 'set');
  assert.equal(support?.name.value, 'Marc Duval');
});

test('a name right after a role and a comma is the company, the person the name before', async () => {
  const { personIndex } = await import('../../src/understand/sections/contact-role-company.js');
  const text = 'Jo Brandt – Tour Manager, Night Owls – +49 170 1234567';
  const names = [...text.matchAll(/\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/gu)].filter((m) => m[0] !== 'Tour Manager');
  assert.deepEqual(personIndex(text, names), { person: 0, company: 1 });
});
