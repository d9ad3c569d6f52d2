/**
 * A venue promoter's reply answering the tour manager's advance questions inside the quoted mail
 * ("Hotel? … — Booked: …"), signed with the venue's name over its address, the subject naming the
 * venue: the venue from the signature, the rooming from "N x twin: A & B / C & D", the hotel's number
 * from "Their number is …", a person introduced with role and number in one clause, and a line check's
 * bare hour after an afternoon time written with "pm".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFile } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const MAIL = [
  'From: Mo Varga <mo@brickyard.example.co.uk>',
  'To: Ines Holt <ines@paperfoxes.example.co.uk>',
  'Subject: Re: Advance - Paper Foxes - Hull, The Brickyard - Fri 14/11',
  'Date: Mon, 03 Nov 2031 09:00:00 +0000',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Hi Ines,',
  '',
  'Answers below after the dashes.',
  '',
  'PS - the opener is late, so can you check at 3.30pm and they will line check at 5.45.',
  '',
  'Cheers',
  'Mo',
  '',
  '--',
  'Mo Varga',
  'Promoter | The Brickyard',
  '12 Dock Street, Hull HU1 3AA',
  'M: 07700 900111',
  '',
  'On Sun, 2 Nov 2031 at 12:00, Ines Holt <ines@paperfoxes.example.co.uk> wrote:',
  '> Hi Mo,',
  '>',
  '> Load-in time? — 2pm via the side door',
  '> Doors / curfew? — Doors 7pm, curfew 11pm',
  '> Hotel? Rooming is 2 x twin: Ines Holt & Ravi Dunn / Kit Marr & Olly Shaw — Booked: Quayside Inn, 4 Humber Place, Hull HU1 1TU. Check in from 3pm Fri, out by 11am Sat. Conf no. QI-5521. Their number is 01482 496033 if you are late',
  '> Day of show contact? — Me, then Nell Garrow, our production manager, 07700 900222',
  '>',
  '> Thanks,',
  '> Ines',
  '',
].join('\r\n');

async function read() {
  const source = await extractFile({ name: 'advance.eml', bytes: Buffer.from(MAIL, 'utf8') });
  return (await understand([source])).extracted;
}

test('the venue is the signature naming the place the subject names, with its address', async () => {
  const general = (await read()).general;
  assert.equal(general.venue, 'The Brickyard');
  assert.equal(general.address, '12 Dock Street, Hull HU1 3AA');
  assert.equal(general.city, 'Hull');
  assert.equal(general.country, 'GB');
});

test('a counted room type lists each room\'s guests apart at slashes, and the hotel\'s number is "their number"', async () => {
  const hotel = (await read()).hotels[0]!;
  assert.deepEqual(hotel.guests, ['Ines Holt', 'Ravi Dunn', 'Kit Marr', 'Olly Shaw']);
  assert.equal(hotel.phone, '+441482496033');
});

test('a person introduced with "our" role and a number in one clause is a contact', async () => {
  const nell = (await read()).contacts.find((c) => c.name === 'Nell Garrow');
  assert.equal(nell?.role, 'production manager');
  assert.equal(nell?.phone, '+447700900222');
});

test('a bare hour after an afternoon "pm" time on its line is the evening\'s', async () => {
  const check = (await read()).activities.find((a) => /line check/i.test(a.name));
  assert.equal(check?.startTime, '17:45');
});
