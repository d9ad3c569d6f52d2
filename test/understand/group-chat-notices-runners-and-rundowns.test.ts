/**
 * A phone's group chat pasted whole: the client's member notices under a sender, a runner writing
 * under their number ("Hi all, X here, driver for Y"), a stand-in named after "if you can't reach
 * me", a rundown sentence opened by an intro and a colon, the set's length said outright, a time
 * placed "after" another item, another town's day named by its weekday, and a hotel named once.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { read } from '../../src/understand/text/read.js';
import { addresses } from '../../src/understand/sections/travel/phrases.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

// Invented: a Hamburg club show on Saturday 13 November 2027, the group opened on the Tuesday before.
const CHAT = [
  '[09.11.27, 09:30:11] Tomas Berger: Tomas Berger created group "Moss Ferry – Halle Süd Sa. 13.11."',
  '[09.11.27, 09:31:40] Tomas Berger: Hi Ines! Tomas from Halle Süd here 🙂 I\'m your promoter rep for Saturday',
  '[09.11.27, 09:32:02] Tomas Berger: Rundown for Saturday 13.11. at Halle Süd: get-in 13:00, soundcheck 16:00, doors 19:00, Pale Orchard (support) 19:45–20:20, Moss Ferry 21:00, curfew 22:30',
  '[09.11.27, 09:33:10] Tomas Berger: Address: Kanalweg 18, 20457 Hamburg',
  '[09.11.27, 09:40:55] Ines Varga: Great, thanks. Set is 80 mins incl encore',
  '[09.11.27, 09:41:30] Ines Varga: We land tomorrow at 12:50, can someone collect us?',
  '[09.11.27, 09:42:12] Tomas Berger: Tomas Berger added +49 160 5550123',
  '[09.11.27, 09:45:03] +49 160 5550123: Hi all, Ruth Okafor here, driver for Nordwind Touring. I\'ll wait at HAM arrivals tomorrow 14:00 and take you straight to Hotel Lindenhof',
  '[09.11.27, 09:50:21] Tomas Berger: If you can\'t reach me on Saturday: Lars Petersen, unser Bühnentechniker, 0151 22334455',
  '[10.11.27, 10:02:44] Tomas Berger: Dinner Saturday: table booked at Osteria Blu, Fleetstraße 4. 18:00 after soundcheck, for 6',
  '[10.11.27, 10:05:19] Tomas Berger: Guest list please to tomas@hallesued.example.de',
  '[10.11.27, 10:09:51] Tomas Berger: Btw for Bremen on Sunday: load-in there is 15:00, their promoter will be in touch',
].join('\n');

test('a member notice written under a sender is blanked, so the added number is no detail of the one who added it', () => {
  const r = read(extractPastedText(CHAT));
  assert.ok(!r.lines.some((l) => l.text.includes('added +49')));
  assert.ok(r.lines.some((l) => l.text.includes('Ruth Okafor here')));
});

test('a runner writing under their number after "Hi all," is a contact with the role and company they give', async () => {
  const contacts = (await extracted(CHAT)).contacts;
  const ruth = contacts.find((c) => c.name === 'Ruth Okafor');
  assert.deepEqual([ruth?.role, ruth?.company, ruth?.phone], ['driver', 'Nordwind Touring', '+491605550123']);
  // The promoter who added the number does not take it.
  assert.ok(!contacts.some((c) => c.name === 'Tomas Berger' && c.phone));
});

test('after "if you can\'t reach me" the number is the stand-in\'s, whose role drops its possessive', async () => {
  const contacts = (await extracted(CHAT)).contacts;
  const lars = contacts.find((c) => c.name === 'Lars Petersen');
  assert.deepEqual([lars?.role, lars?.phone], ['Bühnentechniker', '+4915122334455']);
});

test('a writer\'s company from "X from Y here" and the address of their given name are theirs', async () => {
  const tomas = (await extracted(CHAT)).contacts.find((c) => c.name === 'Tomas Berger');
  assert.deepEqual([tomas?.role, tomas?.company, tomas?.email], ['promoter rep', 'Halle Süd', 'tomas@hallesued.example.de']);
});

test('a rundown after an intro and a colon lists the acts\' sets; "Set is 80 mins" is the set\'s length', async () => {
  const e = await extracted(CHAT);
  const sets = e.activities.filter((a) => a.kind === 'set').map((a) => [a.name, a.startTime, a.endTime]);
  assert.deepEqual(sets, [['Pale Orchard (support)', '19:45', '20:20'], ['Moss Ferry', '21:00', null]]);
  assert.equal(e.general.setTime, '21:00');
  assert.equal(e.general.setLengthMinutes, 80);
});

test('a time "after soundcheck" is no soundcheck; a load-in on another weekday is another show\'s', async () => {
  const e = await extracted(CHAT);
  assert.equal(e.general.soundcheckTime, '16:00');
  assert.deepEqual(e.activities.filter((a) => a.kind === 'soundcheck').map((a) => a.startTime), ['16:00']);
  assert.deepEqual(e.activities.filter((a) => a.kind === 'load_in').map((a) => a.startTime), ['13:00']);
});

test('airport "arrivals" and its clock time are no stay\'s check-in or street address', async () => {
  const [hotel] = (await extracted(CHAT)).hotels;
  assert.equal(hotel?.name, 'Hotel Lindenhof');
  assert.equal(hotel?.checkInTime, null);
  assert.equal(hotel?.address, null);
  assert.deepEqual(addresses('I will wait at the arrivals tomorrow 14:00, terminal 2'), []);
});

test('a chat that names one hotel in passing, with nothing of the stay, gives that hotel by name', async () => {
  const chat = [
    '[02.05.28, 11:00:00] Mila Roth: Hi Eddie, Mila from Kesselhaus here',
    '[02.05.28, 11:01:00] Mila Roth: Our runner drives you from the station to Pension Seeblick on Thursday',
    '[02.05.28, 11:02:00] Eddie Marsh: Lovely, thanks!',
  ].join('\n');
  const hotels = (await extracted(chat)).hotels;
  assert.deepEqual(hotels.map((h) => [h.name, h.checkInDate, h.address]), [['Pension Seeblick', null, null]]);
});
