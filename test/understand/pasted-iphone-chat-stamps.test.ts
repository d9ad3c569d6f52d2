/**
 * An iPhone chat pasted as text: stamps month first on the 12-hour clock ("Mon, May 17 at 10:02 AM"),
 * a day of the past week by its weekday ("Thursday 3:15 PM"), then "Yesterday" and "Today". The
 * promoter's billing line ("Act w/ Support @ Venue, address") names the show; a later "moved to 3:30"
 * keeps the afternoon of the time it replaces; "for tomorrow" on the show day plans the next show.
 * The billed support timed by its name alone is its set; the room's "private lunch event" is no meal of
 * the act's, and "9 ppl" counts the dinner. The conversation's full name is the writer known by the
 * given name alone, with the role she gives herself.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

const chat = [
  'Dana Cole - Oak & Ash',
  '+1 (918) 555-0142',
  'iMessage',
  '',
  'Mon, May 17 at 10:02 AM',
  'Dana: Hi Lee! Dana Cole here, I\'m the promoter rep for Oak & Ash Presents on your Tulsa date.',
  'Dana: Confirming Sat 5/22/27, Harbor Motel w/ Dune Kites @ The Copper Room, 220 W 3rd St, Tulsa OK 74103',
  'Lee: Great, send times when you have them',
  'Dana: Plan: load-in 2pm, soundcheck 4:30-5:30, Dune Kites 8:15, you\'re on at 9:30',
  '',
  'Thursday 3:15 PM',
  'Lee: Parking for the bus?',
  'Dana: Side street, we bag the meters from 8am',
  '',
  'Yesterday 8:00 PM',
  'Lee: Rolled in',
  'Dana: Welcome!',
  '',
  'Today 9:00 AM',
  'Dana: Heads up load-in moved to 3:30, the room has a private lunch event till 3',
  'Dana: Dinner is 6:00, Fig Kitchen is catering it, I told them 9 ppl',
  'Lee: Ok',
  '',
  'Today 1:10 PM',
  'Lee: Quick one for tomorrow - Wichita load-in still 1pm?',
  'Dana: Yes 1pm',
].join('\n');

test('the billing line names the act, the venue and its address; the act is no motel', async () => {
  const { general, hotels } = (await understand([pasted(chat)])).extracted;
  assert.equal(general.artist, 'Harbor Motel');
  assert.equal(general.venue, 'The Copper Room');
  assert.equal(general.city, 'Tulsa');
  assert.equal(general.country, 'US');
  assert.equal(general.date, '2027-05-22');
  assert.equal(hotels.length, 0);
});

test('"moved to 3:30" replaces "load-in 2pm" in the afternoon; the next day\'s load-in is not the show\'s', async () => {
  const { activities } = (await understand([pasted(chat)])).extracted;
  assert.deepEqual(activities.filter((a) => a.kind === 'load_in').map((a) => a.startTime), ['15:30']);
});

test('the billed support timed by its name is its set, in the evening', async () => {
  const { activities } = (await understand([pasted(chat)])).extracted;
  assert.deepEqual(activities.filter((a) => a.kind === 'set').map((a) => [a.name, a.startTime]).sort((a, b) => a[1]!.localeCompare(b[1]!)), [['Dune Kites', '20:15'], ['Harbor Motel', '21:30']]);
});

test('the room\'s private lunch event is no meal; "9 ppl" counts the dinner', async () => {
  const { food } = (await understand([pasted(chat)])).extracted;
  assert.deepEqual(food.map((f) => [f.name, f.time, f.guestCount]), [['Fig Kitchen', '18:00', 9]]);
});

test('the conversation\'s full name takes the role its writer gives herself under her given name', async () => {
  const { contacts } = (await understand([pasted(chat)])).extracted;
  const dana = contacts.find((c) => c.name === 'Dana Cole');
  assert.equal(dana?.phone, '+19185550142');
  assert.equal(dana?.role, 'promoter rep');
});
