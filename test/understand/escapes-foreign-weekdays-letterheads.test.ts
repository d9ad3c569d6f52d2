/**
 * One regex-escape helper; a weekday in any language is no
 * venue; "St. Louis" stays the city of a US address without a comma; "ROLE ⇥ PRODUCTION" keeps its
 * value; an instrument in a name column's bracket is a role, not a company; a bare time under a label
 * in a team-chat post stays the label's value; a touring office's letterhead is no venue.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { escapeRegExp, findLabelled } from '../../src/understand/text/index.js';
import { addresses } from '../../src/understand/sections/travel/phrases.js';
import { placeOf } from '../../src/understand/sections/place.js';
import { contactRows } from './sections/travel-fixtures.js';
import { scheduleItems } from './helpers.js';

test('an escaped literal matches itself only', () => {
  const re = new RegExp(`^${escapeRegExp('St. Ann (Main) [2]+?')}$`);
  assert.ok(re.test('St. Ann (Main) [2]+?'));
  assert.ok(!re.test('StX Ann (Main) [2]+?'));
});

test('a heading segment that is a date with its weekday in another language names no venue', async () => {
  const text = 'Sábado, 5 de junio, 2027 · Sala Norte, Calle Mayor 4, 28001 Madrid\n\nCarga 14:00\nPuertas 19:00\n';
  const { extracted } = await understand([extractPastedText(text)]);
  assert.equal(extracted.general.venue, 'Sala Norte');
  assert.match(String(extracted.general.address), /^Calle Mayor 4/);
});

test('a US address without a comma after the street keeps a saint\'s city whole', () => {
  const [hit] = addresses('Venue: The Pageant, 6161 Delmar Blvd St. Louis, MO 63130\n');
  assert.equal(placeOf(hit!.value).city, 'St. Louis');
  const [plain] = addresses('845 E Grand Ave Denver, CO 80203');
  assert.equal(plain!.value, '845 E Grand Ave, Denver, CO 80203');
});

test('a role written in capitals beside its label is the role, not a block heading', () => {
  const labelled = findLabelled(extractPastedText('NAME\tDANA HOLM\nROLE\tPRODUCTION\nPHONE\t+44 7700 900123\n'));
  assert.equal(labelled.find((l) => l.key === 'role')?.value, 'PRODUCTION');
});

test('an instrument in brackets after a name is what the person plays, not a company', () => {
  const rows = contactRows('Name\tPhone\tE-mail\nJo Marsh (Vocals)\t+44 7700 900456\tjo@band.example\nAna Sala (Kesselhaus Linde)\t+49 151 2345678\tana@kesselhaus.example\n');
  const jo = rows.find((r) => r[0] === 'Jo Marsh')!;
  assert.equal(jo[1], 'Vocals');
  assert.equal(jo[2], null);
  assert.equal(rows.find((r) => r[0] === 'Ana Sala')![2], 'Kesselhaus Linde');
});

test('a bare time under a label inside a team-chat post is the label\'s value, not a follow-up stamp', () => {
  const chat = [
    'Maya Lindqvist  9:14 AM', 'Morning all, schedule for Friday 12 March 2027:', 'Load-in', '13:00', 'Doors', '19:30',
    'Tom Berg  9:20 AM', 'Thanks!',
    'Maya Lindqvist  9:31 AM', 'One more thing, parking is at the back.',
    'Tom Berg  9:40 AM', 'Noted.',
  ].join('\n');
  const items = scheduleItems(chat, []);
  assert.deepEqual(items.map((i) => [i['kind'], i['start']]), [['load_in', '13:00'], ['doors', '19:30']]);
});

test('a touring company\'s letterhead on its itinerary is no venue', async () => {
  const text = [
    'NORTHBOUND TOURING LTD',
    '14 Canal Street, Manchester M1 3HE',
    'ITINERARY — Friday 12 March 2027',
    'Load-in\t14:00', 'Doors\t19:00',
  ].join('\n');
  const { extracted } = await understand([extractPastedText(text)]);
  assert.equal(extracted.general.venue, null);
  assert.equal(extracted.general.address, null);
});
