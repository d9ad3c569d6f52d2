/**
 * A mail thread's hotel named short in a ride line above its own block (full name, street, a phone alone
 * on its line, "Rooms are under …"); a time moved "from X to Y" with the verb before the item; a meal
 * delivered to the green room; a festival pack's public gate times, a hotel row left at the party's own
 * cost, a county before a British postcode and the festival site's row as the show's address.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { understoodAdvanceMail } from './helpers.js';

const mail = understoodAdvanceMail;
const pasted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test("a thread's hotel named short in dated ride lines is the stay its own quoted block books, full name, phone and guests", async () => {
  const { hotels } = await mail([
    'Hi Otto,', '', 'Runs:', 'Fri 5/15 - 1:30 PM Airport pickup, PDX arrivals -> Harbor Inn', 'Sun 5/17 - 7:00 AM Airport run, Harbor Inn lobby -> PDX', '', 'Nia', '',
    'On Fri, May 1, 2026 at 9:00 AM Sam Reyes <sam@bluegate.example.com> wrote:', '',
    '> HOTEL', '> Booked on our end:', '> Harbor Inn Pearl District', '> 1120 NW Kearney St, Portland, OR 97209', '> (503) 555-0142',
    '> 3 rooms (1 king, 2 double queens), check-in Fri 5/15, check-out Sun 5/17', '> Confirmation #: 55310427',
    '> Check-in is 3 PM, checkout noon. Rooms are under Otto Lind, Mira Fell and June Sato.', '>', '> Sam',
  ].join('\r\n'));
  assert.equal(hotels.length, 1);
  const [hotel] = hotels;
  assert.equal(hotel?.name, 'Harbor Inn Pearl District');
  assert.equal(hotel?.checkInDate, '2026-05-15');
  assert.equal(hotel?.checkOutDate, '2026-05-17');
  assert.equal(hotel?.phone, '+15035550142');
  assert.deepEqual(hotel?.guests, ['Otto Lind', 'Mira Fell', 'June Sato']);
});

test('"we\'re pushing your soundcheck from 15:00 to 16:30" gives the new time, no range', async () => {
  const { activities } = await mail([
    'Hey all,', '', "Small change: the rental truck is late, so we're pushing your soundcheck from 15:00 to 16:30 on the 16th. Doors stay at 19:00.", '', 'Nia',
  ].join('\r\n'));
  const checks = activities.filter((a) => a.kind === 'soundcheck');
  assert.deepEqual(checks.map((a) => [a.startTime, a.endTime]), [['16:30', null]]);
});

test("an eatery's hot meal delivered to the green room is catering", async () => {
  const { food } = await mail([
    'Hi Otto!', '', "We'll have a hot meal from Rosie Mae's Kitchen delivered to your green room at 5:30 PM on show day for 4.", '', 'Nia',
  ].join('\r\n'));
  assert.equal(food[0]?.kind, 'catering');
});

test("a pack's public gate times \"for ticket holders only\" are no doors of the act", async () => {
  const { general, activities } = await pasted([
    'Artist Information Pack', 'Prepared for: Greymarsh | Performing: Sunday 9th August 2026 | Stage: Meadow Stage', '',
    'The festival runs from Friday 7th to Sunday 9th August 2026. Public gates open at', '12:00 on Friday and 11:00 on Saturday and Sunday – these times are for ticket holders only and do not apply to', 'artists.', '',
    'Time\tWhat\tWhere', '15:10 – 15:25\tLine check\tMeadow Stage', '15:25 – 16:10\tGreymarsh\tMeadow Stage',
  ].join('\n'));
  assert.equal(general.doorsTime, null);
  assert.ok(!activities.some((a) => a.kind === 'doors'));
});

test("a hotel row whose remark leaves it at the party's own cost is no booking", async () => {
  const { hotels } = await pasted([
    '7. Accommodation', '',
    'Hotel\tAddress\tPhone\tBlock code\tNotes',
    'The Fernhill Hotel\tStation Road, Bramford, Suffolk IP8 4AB\t01473 555210\tFH-ART\tArtists & crew – booked by festival',
    'The Plough Inn\t4 Church Street, Hadleigh, Suffolk IP7 5AY\t01473 555987\tFH\tOverflow – own cost, festival rate £99 B&B', '',
    'Your allocation: 2 twin rooms at The Fernhill Hotel. Check-in Saturday 08/08/2026 from 14:00, check-out Monday 10/08/2026 by 11:00.',
  ].join('\n'));
  assert.deepEqual(hotels.map((h) => h.name), ['The Fernhill Hotel']);
  assert.equal(hotels[0]?.city, 'Bramford');
});

test("the festival site's row in a where-table is the address when the stage is the venue", async () => {
  const { general } = await pasted([
    'Artist Information Pack', 'Prepared for: Greymarsh | Performing: Sunday 9th August 2026 | Stage: Meadow Stage', '',
    '1. Getting here', 'Where\tDetails', 'Festival site\tHolt Park, Holt Lane, Bramford, Suffolk IP8 4QQ', 'Artist entrance\tGate B (Holt Lane south)', '',
    'Time\tWhat\tWhere', '15:25 – 16:10\tGreymarsh\tMeadow Stage',
  ].join('\n'));
  assert.equal(general.venue, 'Meadow Stage');
  assert.equal(general.address, 'Holt Park, Holt Lane, Bramford, Suffolk IP8 4QQ');
  assert.equal(general.city, 'Bramford');
  assert.equal(general.country, 'GB');
});
