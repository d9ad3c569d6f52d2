import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extractPastedText } from '../../src/extract/index.js';
import { readSource } from '../../src/extract/read.js';
import { DEFAULT_LIMITS } from '../../src/extract/limits.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { extract as activities } from '../../src/understand/sections/activities.js';
import { found } from '../../src/understand/found.js';
import { run, values } from './sections/travel-fixtures.js';

/** An e-mail as received: headers, a blank line, the body. */
async function email(subject: string, body: string[]): Promise<ExtractedSource> {
  const text = [
    'From: Ola Berg <ola@example.org>', 'To: Sam Reed <sam@example.org>', `Subject: ${subject}`,
    'Date: Mon, 6 Sep 2027 10:00:00 +0200', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', ...body,
  ].join('\n');
  return readSource({ bytes: Buffer.from(text), name: 'mail.eml', declaredType: null, origin: 'file', depth: 0 }, DEFAULT_LIMITS);
}
const show = (source: ExtractedSource) => run(general, source).map(values)[0] ?? {};

test('a promoter names the club in prose and the act signs in the quoted first message', async () => {
  const draft = show(await email('Re: Tampere 17.9 - times', [
    'Hi Sam,', '', 'Doors at 20:00, you are on at 21:30.',
    'The club is Kellari Nine, Satamakatu 4, 33200 Tampere. Parking is at the back.', '',
    'Cheers,', 'Ola', '',
    'On Thu, 2 Sep 2027 at 09:00, Sam Reed <sam@example.org> wrote:',
    '> Hi Ola, could you send the times for Friday?', '>', '> Thanks,', '> Sam Reed', '> Tour Manager - Paper Owls', '> +44 7700 900111',
  ]));
  assert.equal(draft['venue'], 'Kellari Nine');
  assert.equal(draft['address'], 'Satamakatu 4, 33200 Tampere');
  assert.equal(draft['city'], 'Tampere');
  assert.equal(draft['artist'], 'Paper Owls');
});

test('a venue named "at X" in a thread takes its address from the signature of its staff', async () => {
  const draft = show(await email('Re: Tampere 17 September - Paper Owls advance', [
    'Hi Sam,', '', 'Here is the plan for Friday 17 September 2027 at Kellari Nine:', 'doors 20:00, Paper Owls 21:30.', '',
    'Best,', 'Ola Berg', 'Programming | Kellari Nine', 'Satamakatu 4, 33200 Tampere, Finland', '+358 40 123 4567',
    '',
    'On Thu, 2 Sep 2027 at 09:00, Sam Reed <sam@example.org> wrote:',
    '> Advancing Tampere for Paper Owls - could you send times?',
  ]));
  assert.equal(draft['venue'], 'Kellari Nine');
  assert.equal(draft['address'], 'Satamakatu 4, 33200 Tampere, Finland');
  assert.equal(draft['country'], 'FI');
  assert.equal(draft['artist'], 'Paper Owls');
});

test('a company\'s or hotel\'s signature is no venue', async () => {
  const draft = show(await email('Your transfer', [
    'Dear Sam,', '', 'Your driver waits at Northway Coaches Ltd on Friday 17 September 2027 at 14:00.', '',
    'Best regards,', 'Customer care | Northway Coaches Ltd', 'Satamakatu 9, 33200 Tampere',
  ]));
  assert.equal(draft['venue'], undefined);
});

test('a chat line "Act @ Venue, address - date" names the act and the venue; a venue\'s person is not the venue', () => {
  const draft = show(extractPastedText([
    'final bits for tomorrow',
    'Paper Owls @ Kellari Nine, Satamakatu 4, 33200 Tampere - Fri 17.09.2027',
    'doors 20:00, us 21:30',
    'venue production: Mia Koski, 040 123 4567',
  ].join('\n')));
  assert.equal(draft['artist'], 'Paper Owls');
  assert.equal(draft['venue'], 'Kellari Nine');
  assert.equal(draft['address'], 'Satamakatu 4, 33200 Tampere');
});

test('a booking\'s event line "Concert Act, date, Venue, address" is the show, wrapped or not', () => {
  const draft = show(extractPastedText([
    'Booking number: NC-2231',
    'Event: Concert Paper Owls, Fri 17.09.2027, Kellari Nine,',
    'Satamakatu 4, 33200 Tampere',
    'Vehicle: minibus, 8 seats',
  ].join('\n')));
  assert.equal(draft['artist'], 'Paper Owls');
  assert.equal(draft['date'], '2027-09-17');
  assert.equal(draft['venue'], 'Kellari Nine');
  assert.equal(draft['address'], 'Satamakatu 4, 33200 Tampere');
  assert.equal(draft['eventName'], undefined);
});

test('a venue named "at X" with its address beside it, in brackets or after a comma; not where dinner is', async () => {
  const draft = show(await email('Re: Leeds', [
    'Hi Ola,', '', 'Advancing Friday 17th September at Mill Yard Social', '(12 Mill Yard, Leeds LS2 7QP). A few questions:', 'Set time: 21:15', '',
    'Thanks!', 'Sam', '', 'Sam Reed | Tour Manager | Tamsin & The Owls', '+44 7700 900111',
  ]));
  assert.equal(draft['venue'], 'Mill Yard Social');
  assert.equal(draft['address'], '12 Mill Yard, Leeds LS2 7QP');
  assert.equal(draft['artist'], 'Tamsin & The Owls');
  const chat = show(extractPastedText('tutto confermato per venerdì 17 settembre all\'Officina Sud, Via del Porto 7, Bologna\nConcerto: ore 21:30\nCiao, a presto!'));
  assert.equal(chat['venue'], 'Officina Sud');
  assert.equal(chat['address'], 'Via del Porto 7, Bologna');
  const dinner = show(extractPastedText('Date: 17 September 2027\nDinner at Casa Verde, Via Roma 3, Bologna'));
  assert.equal(dinner['date'], '2027-09-17');
  assert.equal(dinner['venue'], undefined);
});

test('a set time with its length after it gives the set length', () => {
  const draft = show(extractPastedText('Date: 17 September 2027\nVenue: Kellari Nine\nShow: 21:45, length 80 minutes'));
  assert.equal(draft['setLengthMinutes'], 80);
});

test('a two-column day sheet: the venue block under a "VENUE" heading, the country beside the city', () => {
  const draft = show(extractPastedText([
    'DAY SHEET',
    'Saturday 15 May 2027 | Poznan (PL) | Show day 3',
    'SCHEDULE\tVENUE',
    '\tKlub Nowy',
    '13:00\tLoad-in',
    'ul. Polna 12, 60-535 Poznan',
    '21:00\tShow',
  ].join('\n')));
  assert.equal(draft['venue'], 'Klub Nowy');
  assert.equal(draft['address'], 'ul. Polna 12, 60-535 Poznan');
  assert.equal(draft['city'], 'Poznan');
  assert.equal(draft['country'], 'PL');
});

test('a date an HTML table repeats does not turn the labelled line above it into a table row', () => {
  const text = [
    'Booking number: NC-2231',
    'Event: Concert Paper Owls, Fri 17.09.2027, Kellari Nine, Satamakatu 4, 33200 Tampere',
    '',
    'Ride\tDate\tPick-up',
    '1\tFri 17.09.2027\t14:20',
  ].join('\n');
  const source: ExtractedSource = {
    ...extractPastedText(text),
    tables: [{ rows: [['Ride', 'Date', 'Pick-up'], ['1', 'Fri 17.09.2027', '14:20']], page: null, sheet: null }],
  };
  const draft = show(source);
  assert.equal(draft['artist'], 'Paper Owls');
  assert.equal(draft['venue'], 'Kellari Nine');
});

test('a set named by a pronoun takes the artist\'s name; a named support keeps its own', () => {
  const source = extractPastedText('YOU ON: 22:00\nSupport: Lina Vale 21:00');
  const artist = found('Paper Owls', { method: 'label', source: 'mail', page: null, span: null, validated: null });
  const names = run(activities, source, { artist }).map(values).map((a) => a['name']);
  assert.ok(names.includes('Paper Owls'), String(names));
  assert.ok(names.includes('Lina Vale') && !names.includes('YOU ON'), String(names));
});
