/**
 * Thai clock times ("14.00 น."), Thai month names with
 * Buddhist-era years, a two-language schedule line's route and remark, a slot word in brackets kept in a
 * line check's name, a remark cell wholly in brackets, a name joined by "no", an older bare soundcheck
 * restated by the newer message's one named check, and the Thai courtesy title "Khun".
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { findDates } from '../../src/understand/normalise/date.js';
import { normalisePersonName } from '../../src/understand/normalise/text.js';

const day = async (lines: string[]) => (await understand([extractPastedText(lines.join('\n'))])).extracted;

test('a Thai clock time\'s "น." mark is no part of the item: "14.00 น. Get-in"', async () => {
  const x = await day([
    'ศิลปิน / Artist: Moss Parade',
    'สถานที่ / Venue: Riverside Arena',
    'ที่อยู่ / Address: 21 Ratchada Road, Bangkok 10400',
    'SCHEDULE (Fri 5 Mar 2027)',
    '14.00 น. Get-in (ประตูหลัง / rear gate Soi Ratchada 9)',
    '15.30 - 16.30 น. Soundcheck',
    '18.30 น.\tประตูเปิด / Doors',
    '22.30 น. Curfew',
  ]);
  const byName = (n: string) => x.activities.find((a) => a.name === n);
  assert.equal(byName('Get-in')?.startTime, '14:00');
  assert.equal(byName('Get-in')?.notes, 'rear gate Soi Ratchada 9');
  assert.equal(byName('Soundcheck')?.endTime, '16:30');
  assert.equal(x.general.doorsTime, '18:30');
  assert.equal(x.general.curfewTime, '22:30');
});

test('Thai month names, full and short, with Buddhist-era years (B.E. − 543)', () => {
  assert.equal(findDates('วันศุกร์ที่ 3 ธันวาคม 2571')[0]?.value, '2028-12-03');
  assert.equal(findDates('นัดหมาย 5 มี.ค. พ.ศ. 2570')[0]?.value, '2027-03-05');
  assert.equal(findDates('ประชุม 12 ก.ค. ค.ศ. 2027')[0]?.value, '2027-07-12');
  assert.equal(findDates('ถึง 9 พฤศจิกายน', new Date(Date.UTC(2027, 9, 1)))[0]?.value, '2027-11-09');
});

test('a two-language ride line is read in its English half: "Van departs hotel lobby → arena"', async () => {
  const x = await day([
    'ศิลปิน / Artist: Hoshi no Umi',
    'สถานที่ / Venue: Riverside Arena',
    'ที่อยู่ / Address: 21 Ratchada Road, Bangkok 10400',
    'SCHEDULE (Sat 6 Mar 2027)',
    '09.15 น.\tรถออก / Van departs hotel lobby → Riverside Arena',
    '16.00 - 17.00 น. Soundcheck Hoshi no Umi\t(moved 15 min later as agreed)',
    '19.00 - 20.00 น. Line check Moss Parade (support)',
    '20.30 - 22.00 น. Hoshi no Umi',
  ]);
  const van = x.activities.find((a) => a.kind === 'transfer');
  assert.equal(van?.name, 'Van');
  assert.equal(van?.location, 'hotel lobby');
  assert.equal(van?.destination, 'Riverside Arena');
  const check = x.activities.find((a) => a.name.startsWith('Line check'));
  assert.equal(check?.name, 'Line check Moss Parade (support)');
  assert.equal(check?.notes, null);
  const set = x.activities.find((a) => a.name === 'Hoshi no Umi');
  assert.equal(set?.kind, 'set');
  assert.equal(x.activities.find((a) => a.name === 'Soundcheck Hoshi no Umi')?.notes, 'moved 15 min later as agreed');
});

test("an older bare soundcheck is restated by the newer message's one check named for an act", async () => {
  const x = await day([
    'Final times below.',
    '',
    '15:30 - 16:30 Soundcheck Hana Lights',
    '19:00 Doors',
    '',
    'On Tue, 2 Mar 2027 at 10:00, Jo Tran <jo@example.com> wrote:',
    '> Draft: soundcheck 15:00-16:00 / doors 19:00',
  ]);
  const checks = x.activities.filter((a) => a.kind === 'soundcheck');
  assert.deepEqual(checks.map((c) => c.startTime), ['15:30']);
});

test('the Thai courtesy title "Khun" is no part of a name', () => {
  assert.equal(normalisePersonName('Khun Malee'), 'Malee');
  assert.equal(normalisePersonName('Khun Malee Wongsa'), 'Malee Wongsa');
  assert.equal(normalisePersonName('Khun'), 'Khun');
});
