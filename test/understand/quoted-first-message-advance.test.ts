/**
 * A promoter's first advance mail quoted twice down a thread: its heading line placing the show, its fee
 * in prose and its schedule table still count behind the quote markers, and the newest message's moved
 * time replaces the quoted row's; a schedule cell stating only a length with its bound is no remark.
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { ExtractedSource } from '../../src/interfaces.js';
import { closeExtractor, extractFile } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

after(closeExtractor);

const HTML_TABLE = [
  '<table><tr><th>Time</th><th>What</th><th>Notes</th></tr>',
  '<tr><td>15:00</td><td>Load-in</td><td>Rear gate on Mill Lane</td></tr>',
  '<tr><td>18:00</td><td>Doors</td><td></td></tr>',
  '<tr><td>20:30 - 21:45</td><td>Headline - Copper Wasps</td><td>75 min max</td></tr>',
  '<tr><td>22:30</td><td>Curfew</td><td></td></tr></table>',
].join('');

/** A Gmail-style thread: the newest reply on top, the first advance quoted under two levels of markers. */
function thread(newest: string[]): Promise<ExtractedSource> {
  const quoted = [
    'Hi Sam,', '',
    'Here is the advance for the show.', '',
    'Copper Wasps',
    'Friday 3 December 2027',
    'The Boiler Room, 8 Canal Street, Stockport SK1 3AB',
    'Capacity 300 standing.', '',
    'Deal - as agreed it\'s a £1,800 guarantee versus 70% of the net door, whichever is the greater.', '',
    'Timings:', '',
  ];
  const plain = [
    ...newest, '',
    'On Mon, 22 Nov 2027 at 10:00, Sam Fenwick <sam@copperwasps.example.com> wrote:', '',
    '> Thanks, all good.', '>',
    '> On Fri, 19 Nov 2027 at 09:00, Ruth Okafor <ruth@millpromo.example.co.uk> wrote:', '>',
    ...quoted.map((l) => `> > ${l}`.trimEnd()),
    '> > 15:00\tLoad-in\tRear gate on Mill Lane', '> > 18:00\tDoors', '> > 20:30 - 21:45\tHeadline - Copper Wasps\t75 min max', '> > 22:30\tCurfew',
  ].join('\r\n');
  const html = `<html><body><p>${newest.join('<br>')}</p><blockquote><blockquote>${quoted.join('<br>')}${HTML_TABLE}</blockquote></blockquote></body></html>`;
  const boundary = 'b1';
  return extractFile({
    name: 'advance.eml',
    bytes: Buffer.from([
      'From: Ruth Okafor <ruth@millpromo.example.co.uk>', 'To: Sam Fenwick <sam@copperwasps.example.com>',
      'Subject: Re: Advance - Copper Wasps', 'Date: Tue, 23 Nov 2027 09:30:00 +0000', 'MIME-Version: 1.0',
      `Content-Type: multipart/alternative; boundary="${boundary}"`, '',
      `--${boundary}`, 'Content-Type: text/plain; charset="UTF-8"', '', plain, '',
      `--${boundary}`, 'Content-Type: text/html; charset="UTF-8"', '', html, '', `--${boundary}--`, '',
    ].join('\r\n'), 'utf8'),
  });
}

test('the quoted first message\'s heading line places the show and its prose states the fee', async () => {
  const source = await thread(['Hi Sam,', '', 'Hotel is booked, details to follow.', '', 'Ruth']);
  const { general, deal } = (await understand([source])).extracted;
  assert.equal(general.venue, 'The Boiler Room');
  assert.equal(general.address, '8 Canal Street, Stockport SK1 3AB');
  assert.equal(general.city, 'Stockport');
  assert.equal(deal.fee, 1800);
  assert.equal(deal.currency, 'GBP');
  assert.equal(deal.dealType, 'guarantee_vs_percentage');
});

test('a time the newest message moves replaces the quoted table\'s row; the other rows stand', async () => {
  const source = await thread(['Hi Sam,', '', 'One change: doors are now 18:30. Everything else stays as below.', '', 'Ruth']);
  const { general, activities } = (await understand([source])).extracted;
  assert.equal(general.doorsTime, '18:30');
  assert.deepEqual(activities.filter((a) => a.kind === 'doors').map((a) => a.startTime), ['18:30']);
  assert.equal(activities.find((a) => a.kind === 'load_in')?.startTime, '15:00');
  assert.equal(activities.find((a) => a.kind === 'curfew')?.startTime, '22:30');
});

test('a schedule cell giving only the set\'s length and its bound ("75 min max") is its length, no note', async () => {
  const source = await thread(['Hi Sam,', '', 'See below.', '', 'Ruth']);
  const { general, activities } = (await understand([source])).extracted;
  const set = activities.find((a) => a.name === 'Copper Wasps');
  assert.equal(set?.notes, null);
  assert.equal(general.setLengthMinutes, 75);
});
