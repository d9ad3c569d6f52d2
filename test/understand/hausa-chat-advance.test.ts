import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { hausaClocks } from '../../src/understand/text/hausa-clock.js';
import { hausaDates } from '../../src/understand/normalise/hausa-date.js';
import { normalisePersonName } from '../../src/understand/normalise/text.js';
import { pasted } from './helpers.js';

// An invented WhatsApp group export in Hausa and English: a provisional plan, then later messages that move it.
const CHAT = [
  '08/04/2027, 19:20 - Rukayya Idris created group "Tauraro Band · Dutse"',
  '08/04/2027, 19:21 - Rukayya Idris added Lawan Shehu and +234 706 555 2049',
  '08/04/2027, 19:24 - Rukayya Idris: Good evening. Tauraro Band na wasa ranar Lahadi 18 ga Afrilu, Dutse Civic Centre, 3 Kiyawa Road, Dutse',
  '08/04/2027, 19:30 - Lawan Shehu: Masauki: Jigawa Palm Lodge, 12 Sani Abacha Way, Dutse',
  '08/04/2027, 19:31 - Lawan Shehu: Mun sami ɗakuna 5 a can daga Asabar 17 zuwa Litinin 19 ga Afrilu. Ref JPL-2290',
  '08/04/2027, 19:33 - Lawan Shehu: Check-out ƙarfe 10 na safe, check-in daga ƙarfe 2 na rana',
  '08/04/2027, 19:40 - +234 706 555 2049: Barka da yamma! Sunana Kabiru Danladi, sound engineer na zauren',
  '09/04/2027, 08:15 - Rukayya Idris: Tentative schedule:',
  'Load-in 1pm',
  'Soundcheck 2:30pm',
  'Venue shuttle 12:30pm',
  '09/04/2027, 08:20 - Lawan Shehu: Abincin rana: Mai Gashi Catering za su kawo abinci ƙarfe 1:30 na rana, mutum 8',
  '14/04/2027, 21:02 - +234 706 555 2049: Zauren bai buɗe sai da rana. Load-in yanzu ƙarfe 2:00, soundcheck ya koma ƙarfe 4:45 na yamma',
  '14/04/2027, 21:10 - Rukayya Idris: Venue shuttle kuma: Sule zai ɗauko ku ƙarfe 1:20 na rana daga Jigawa Palm Lodge zuwa Dutse Civic Centre',
  '14/04/2027, 21:12 - Rukayya Idris: Tauraro Band zai hau dandamali ƙarfe 8:50 na dare, minti 70',
  '14/04/2027, 21:15 - Lawan Shehu: 👍',
  '14/04/2027, 21:16 - Rukayya Idris: Invoices go to rukayya.idris@tauraro.example.ng please',
].join('\n');

test('a Hausa clock after "ƙarfe" with its part of the day is read as the 24-hour time, at the same length', () => {
  const text = 'soundcheck ƙarfe 4:30 na yamma, set ƙarfe 10 na dare, lunch karfe 12 na rana, radio ƙarfe 9 da rabi na safe';
  const out = hausaClocks(text);
  assert.equal(out.length, text.length);
  assert.match(out, /^soundcheck 16:30\s/);
  assert.match(out, /set 22:00\s/);
  assert.match(out, /lunch 12:00\s/);
  assert.match(out, /radio 09:30/);
  // Without its part of the day the hour is left as written.
  assert.equal(hausaClocks('load-in ƙarfe 3:30'), 'load-in ƙarfe 3:30');
});

test('Hausa dates with "ga", and a range whose first day takes the month of its second', () => {
  const dates = hausaDates("daga Alhamis 11 zuwa Asabar 13 ga Maris, show Juma'a 12 ga Maris 2027");
  assert.deepEqual(dates.map((d) => [d.day, d.month, d.year]), [[11, 3, null], [13, 3, null], [12, 3, 2027]]);
  // A month name shared with another language is read only with "ga" or after a Hausa weekday.
  assert.deepEqual(hausaDates('3 Maris'), []);
});

test('Hausa titles before a full name are no part of it', () => {
  assert.equal(normalisePersonName('Alhaji Bello Sule'), 'Bello Sule');
  assert.equal(normalisePersonName('Malam Idi Garba'), 'Idi Garba');
  assert.equal(normalisePersonName('Alhaji Bello'), 'Alhaji Bello');
});

test('a Hausa chat: later messages move the provisional plan, rides, meals, stay and the unsaved writer', async () => {
  const { extracted } = await understand([pasted(CHAT)]);
  const items = extracted.activities.map((a) => `${a.kind} ${a.name} ${a.date} ${a.startTime}${a.location ? ` ${a.location} → ${a.destination}` : ''}`);
  assert.deepEqual(items.filter((i) => /^(?:soundcheck|load_in|transfer)/.test(i)).sort(), [
    'load_in Load-in 2027-04-18 14:00',
    'soundcheck Soundcheck 2027-04-18 16:45',
    'transfer Venue shuttle 2027-04-18 13:20 Jigawa Palm Lodge → Dutse Civic Centre',
  ]);
  assert.equal(extracted.general.setTime, '20:50');
  assert.equal(extracted.general.setLengthMinutes, 70);
  const [hotel] = extracted.hotels;
  assert.equal(hotel?.checkInDate, '2027-04-17');
  assert.equal(hotel?.checkOutDate, '2027-04-19');
  assert.equal(hotel?.checkInTime, '14:00');
  assert.equal(hotel?.checkOutTime, '10:00');
  assert.equal(hotel?.rooms, 5);
  assert.equal(hotel?.bookingReference, 'JPL-2290');
  const [meal] = extracted.food;
  assert.deepEqual([meal?.name, meal?.kind, meal?.time, meal?.guestCount], ['Mai Gashi Catering', 'catering', '13:30', 8]);
  const byName = new Map(extracted.contacts.map((c) => [c.name, c]));
  // The number a member was added under is that member's own: the writer who names themself under it.
  assert.equal(byName.get('Kabiru Danladi')?.phone, '+2347065552049');
  assert.equal(byName.get('Kabiru Danladi')?.role, 'sound engineer');
  assert.equal(byName.get('Lawan Shehu')?.phone ?? null, null);
  // An address naming the writer in full, in the writer's own message, is theirs.
  assert.equal(byName.get('Rukayya Idris')?.email, 'rukayya.idris@tauraro.example.ng');
});

test('a Hausa ride to the airport is the airport drop-off, dated by "gobe" (tomorrow)', async () => {
  const chat = [
    '19/04/2027, 20:40 - Lawan Shehu: Kowa ya huta?',
    '19/04/2027, 20:41 - Rukayya Idris: Eh, mun gode',
    '19/04/2027, 20:45 - Lawan Shehu: Gobe: motar za ta kai ku ƙarfe 6:30 na safe daga Jigawa Palm Lodge zuwa filin jirgin Dutse',
  ].join('\n');
  const { extracted } = await understand([pasted(chat)]);
  assert.deepEqual(extracted.activities.map((a) => [a.name, a.kind, a.startTime, a.date, a.location, a.destination]), [
    ['Airport drop-off', 'transfer', '06:30', '2027-04-20', 'Jigawa Palm Lodge', 'filin jirgin Dutse'],
  ]);
});
