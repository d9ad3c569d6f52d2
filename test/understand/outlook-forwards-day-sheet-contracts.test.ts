/**
 * An Outlook reply on top of a quoted advance, and an import of a forwarded hotel confirmation,
 * a day sheet workbook and an engagement contract.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

function mail(name: string, subject: string, text: string): ExtractedSource {
  return { ...pasted(text), name, origin: 'file', format: 'msg', mimeType: 'application/vnd.ms-outlook', metadata: { subject, from: 'Ola Berg <ola@example.org>' } };
}

function file(name: string, text: string, format: ExtractedSource['format'] = 'txt'): ExtractedSource {
  return { ...pasted(text), name, origin: 'file', format };
}

const CONFIRMATION = [
  'From: Ola Berg <ola@brightpier.example.com>',
  'Subject: FW: Reservation Confirmation RQ-55102 - Harbour Lantern Hotel - Arrival 4 Mar 2027',
  '',
  'Hi Tess,',
  '',
  'Hotel below, names as per your list.',
  '',
  'Ola',
  '',
  'From: Harbour Lantern Hotel Reservations <stay@harbourlantern.example.com>',
  'Sent: Monday 1 March 2027 10:02',
  'To: Ola Berg <ola@brightpier.example.com>',
  'Subject: Reservation Confirmation RQ-55102 - Harbour Lantern Hotel - Arrival 4 Mar 2027',
  '',
  'Harbour Lantern Hotel',
  '',
  'Confirmation number\tRQ-55102',
  'Arrival\tThursday, 4 March 2027',
  'Departure\tFriday, 5 March 2027',
  'Check-in\tfrom 15:00',
  'Check-out\tby 11:00',
  'Number of rooms\t2',
  '',
  'Room\tRoom type\tGuest(s)',
  '1\tDouble\tTess Morrow',
  '2\tTwin\tAlan Finch, Bea Sorrell',
  '',
  'Harbour Lantern Hotel · 8 Quay Street, Galway, Ireland',
  'T: +353 91 555 0101 · E: stay@harbourlantern.example.com',
].join('\n');

test('a forwarded hotel confirmation: its rooming cells split on commas, its two-line footer gives address, phone and e-mail', async () => {
  const { extracted } = await understand([mail('FW Reservation RQ-55102.msg', 'FW: Reservation Confirmation RQ-55102 - Harbour Lantern Hotel - Arrival 4 Mar 2027', CONFIRMATION)]);
  const [stay] = extracted.hotels;
  assert.deepEqual(stay?.guests, ['Tess Morrow', 'Alan Finch', 'Bea Sorrell']);
  assert.equal(stay?.address, '8 Quay Street, Galway, Ireland');
  assert.equal(stay?.phone, '+353915550101');
  assert.equal(stay?.email, 'stay@harbourlantern.example.com');
  assert.equal(extracted.documents[0]?.category, 'hotel_confirmation');
});

test('a forward whose text reads as a rundown rather than the confirmation stays correspondence', async () => {
  const text = ['Hi Tess,', '', 'Venue: The Boathouse, 3 Dock Road, Galway', 'Doors: 19:30', 'Curfew: 23:00', '', 'Cheers,', 'Ola'].join('\n');
  const { extracted } = await understand([mail('FW booking.msg', 'FW: Booking Confirmation RQ-1 | Harbour Lantern Hotel', text)]);
  assert.equal(extracted.documents[0]?.category, 'other');
});

const DAY_SHEET = [
  'Sheet: GAL 04-03',
  'DAY SHEET\tThursday 4 March 2027',
  'City\tGalway, Ireland',
  'Venue\tThe Boathouse',
  'SCHEDULE',
  'Time\tItem\tWhere\tNotes',
  '15:00\tLoad-in\tThe Boathouse\tSide gate',
  '19:30\tDoors\t\t',
  '21:00 – 22:20\tThe Quiet Gulls\tMain room\t80 min incl. encore',
  'HOTEL',
  'Name\tHarbour Lantern Hotel\tConf #\tRQ-55102',
  'CONTACTS',
  'Role\tName\tMobile\tEmail',
  'Promoter\tOla Berg\t087 555 0199\tola@brightpier.example.com',
  'Hotel\tHarbour Lantern – reception\t091 555 0101\t',
].join('\n');

test('a day sheet: the city cell drops its country, a set length with its encore is no note, the hotel desk row is the hotel\'s phone', async () => {
  const { extracted } = await understand([file('Gulls_DaySheet.xlsx', DAY_SHEET, 'xlsx'), mail('FW Reservation RQ-55102.msg', 'FW: Reservation Confirmation RQ-55102 - Harbour Lantern Hotel - Arrival 4 Mar 2027', CONFIRMATION)]);
  assert.equal(extracted.general.city, 'Galway');
  const set = extracted.activities.find((a) => a.startTime === '21:00');
  assert.equal(set?.notes ?? null, null);
  assert.ok(!extracted.contacts.some((c) => /reception/i.test(c.name ?? '')));
  assert.equal(extracted.hotels[0]?.phone, '+353915550101');
});

const CONTRACT = [
  'ENGAGEMENT CONTRACT',
  '',
  'Artist\tThe Quiet Gulls',
  'Date of engagement\tThursday, 4th March 2027',
  'Venue\tThe Boathouse',
  'Get-in\t15:00',
  'Performance\tOne (1) set of not less than seventy (70) and not more than eighty (80) minutes, commencing at 21:00',
  '',
  '2. Hospitality: the Promoter shall provide a hot evening meal for up to six (6) persons, or a buy-out of €18.00 per person in lieu.',
  '',
  'For the Artist (as agent)',
  '____________________',
  'Nina Harrow, Agent',
  'Kestrel Lane Agency Ltd',
  '+44 20 7946 0555',
  'nina@kestrellane.example.co.uk',
].join('\n');

test('a contract beside the day sheet: its get-in and set are the sheet\'s, its meal-or-buy-out clause books no meal, its agent signs by name', async () => {
  const { extracted } = await understand([file('Gulls_DaySheet.xlsx', DAY_SHEET, 'xlsx'), file('contract.docx', CONTRACT, 'docx')]);
  assert.equal(extracted.activities.filter((a) => a.kind === 'load_in').length, 1);
  assert.ok(!extracted.activities.some((a) => /not less than/.test(a.name ?? '')));
  assert.ok(!extracted.food.some((f) => /shall provide/.test(f.name ?? '')));
  const agent = extracted.contacts.find((c) => c.email === 'nina@kestrellane.example.co.uk');
  assert.equal(agent?.name, 'Nina Harrow');
  assert.equal(agent?.role, 'Agent');
});

const REPLY = [
  'Hi Tess,',
  '',
  'All as below. The venue duty manager is Rory Keane, 0113 496 0777 (office line, he\'ll pick up from 2pm).',
  '',
  'Cheers,',
  'Dan',
  '',
  'Dan Whitlock',
  'Production Manager',
  'Ferrylight Promotions',
  'M: 07700 900555',
  '',
  '________________________________',
  'From: Ivy Marsh <ivy@ferrylight.example.co.uk>',
  'Sent: 02 March 2027 10:00',
  'To: Tess Morrow <tess@example.org>',
  'Subject: Quiet Gulls - The Mill, Leeds - Fri 12 Mar - advance',
  '',
  'Hi Tess,',
  '',
  'Venue: The Mill, 12 Canal Street, Leeds LS3 1AA',
  '',
  'Friday 12th March 2027',
  'Get in: 3pm',
  'Doors: 7pm',
  'Quiet Gulls: 8.45pm - 10pm',
  '',
  'Hotel: I\'ve booked 2 x twin and 1 x double at the Aire Bank Hotel, 4 River Row, Leeds LS1 4AB, for the one night 12-13 Mar. Reception is 0113 496 0888 if you\'re late.',
  '',
  'Catering: hot meal for 6 at 6pm, cooked in-house by Copper Pot Kitchen. Towels and water in the dressing room from get in.',
  '',
  'Thanks,',
  'Ivy',
  '',
  'Ivy Marsh',
  'Promoter | Ferrylight Promotions',
  '07700 900444',
  'ivy@ferrylight.example.co.uk',
].join('\n');

test('a reply on top of a quoted advance: the quoted catering is read under the reply\'s signature, with its count and without the next sentence\'s room', async () => {
  const { extracted } = await understand([mail('RE advance.msg', 'RE: Quiet Gulls - The Mill, Leeds - Fri 12 Mar - advance', REPLY)]);
  const [meal] = extracted.food;
  assert.equal(meal?.name, 'Copper Pot Kitchen');
  assert.equal(meal?.time, '18:00');
  assert.equal(meal?.guestCount, 6);
  assert.equal(meal?.address ?? null, null);
});

test('a reply on top of a quoted advance: room counts times a type add up, the reception sentence gives the hotel\'s phone', async () => {
  const { extracted } = await understand([mail('RE advance.msg', 'RE: Quiet Gulls - The Mill, Leeds - Fri 12 Mar - advance', REPLY)]);
  const [stay] = extracted.hotels;
  assert.equal(stay?.rooms, 3);
  assert.equal(stay?.phone, '+441134960888');
});

test('a reply on top of a quoted advance: answering the phone is no pick-up, a bare signature number is the signer\'s, the venue word stays in the role', async () => {
  const { extracted } = await understand([mail('RE advance.msg', 'RE: Quiet Gulls - The Mill, Leeds - Fri 12 Mar - advance', REPLY)]);
  assert.ok(!extracted.activities.some((a) => a.kind === 'transfer'));
  assert.equal(extracted.contacts.find((c) => c.name === 'Ivy Marsh')?.phone, '+447700900444');
  assert.equal(extracted.contacts.find((c) => c.name === 'Rory Keane')?.role, 'Venue duty manager');
});
