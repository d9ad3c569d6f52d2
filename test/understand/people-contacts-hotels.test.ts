import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { insideBracket, isBracketTail, joinWrappedBrackets, PROSE_SENTENCE, proseClauses } from '../../src/understand/sections/contact-prose.js';
import { contactRows, run, show } from './sections/travel-fixtures.js';

test('a name with a bracketed role and ", mob." before the number is one contact', () => {
  assert.deepEqual(contactRows('On the night Ingrid Solheim (lystekniker) meets you at the back door, mob. 412 55 907.', 'NO'),
    [['Ingrid Solheim', 'lystekniker', null, '+4741255907', null]]);
  assert.deepEqual(contactRows('Your runner is Paolo Brandi (hospitality), tel. 347 220 1189, all day.', 'IT'),
    [['Paolo Brandi', 'hospitality', null, '+393472201189', null]]);
});

test('a sentence still ends after a letterhead\'s "Tel." and at an ordinary full stop', () => {
  const sentences = (text: string) => [...text.matchAll(PROSE_SENTENCE)].map((m) => m[0].trim());
  assert.deepEqual(sentences('Call me, mob. 917 22 301. Thanks.'), ['Call me, mob. 917 22 301.', 'Thanks.']);
  assert.deepEqual(sentences('Kaiweg 4 · Tel. +31 50 123 4567'), ['Kaiweg 4 · Tel.', '+31 50 123 4567']);
});

test('a bracket wrapped over two lines after a person gives their role and company', () => {
  assert.deepEqual(contactRows([
    'Settlement in the office after the show.',
    'Ask for my colleague Joris Maas (stage manager, Zaal',
    'Noord): 06 12 34 56 78.',
  ].join('\n'), 'NL'), [['Joris Maas', 'stage manager', 'Zaal Noord', '+31612345678', null]]);
  assert.equal(joinWrappedBrackets('a (b,\nc) d\ne'), 'a (b, c) d\ne');
  assert.equal(insideBracket('Ana (Sala', 5), true);
  assert.equal(insideBracket('Ana (x) Sala', 8), false);
  assert.equal(isBracketTail('Noord)'), true);
  assert.equal(isBracketTail('Contact (venue)'), false);
});

test('a contact without a company written next to them takes none from a colleague\'s e-mail domain', () => {
  assert.deepEqual(contactRows([
    'Promoter: Karel Dvořák, Hudba Sever, +420 603 111 222, karel@hudbasever.example.cz',
    'Monitors: Eva Malá, +420 732 444 555, eva@hudbasever.example.cz',
  ].join('\n')).map((row) => row[2]), ['Hudba Sever', null]);
});

test('a signature after "Thanks a million," is read as the sender\'s signature', () => {
  assert.deepEqual(contactRows([
    'Hi both,',
    'Could you send the running order?',
    '',
    'Thanks a million,',
    'Niamh Doyle',
    'Tour Manager | The Hollow Pines',
    '+353 87 555 0142 | niamh@hollowpines.example.ie',
  ].join('\n')), [['Niamh Doyle', 'Tour Manager', 'The Hollow Pines', '+353875550142', 'niamh@hollowpines.example.ie']]);
});

test('a hotel named without an address does not take the show\'s city, unless its name says so', () => {
  const stay = (text: string) => run(hotels, extractPastedText(text), show('2027-05-08', 'Bergen', 'NO'))[0];
  const elsewhere = stay('Hotel: Fjordtun Lodge, 2 rooms, 8/5 to 9/5, ref FL-2231');
  assert.equal(elsewhere?.name?.value, 'Fjordtun Lodge');
  assert.equal(elsewhere?.city, undefined);
  assert.equal(elsewhere?.country, undefined);
  assert.equal(stay('Hotel: Bergen Havn Hotel, 2 rooms, 8/5 to 9/5, ref BH-5512')?.city?.value, 'Bergen');
});

test('a remark after a middle dot on a hotel\'s labelled line is its notes, not part of the value', () => {
  const [d] = run(hotels, extractPastedText([
    'Hotel: Albergo Stella, Via Roma 12, 10121 Torino',
    'Check-in: 14 May 2027 from 15:00',
    'Booking ref: AS-40912 · Breakfast 7-10 included',
  ].join('\n')), show('2027-05-14', 'Torino', 'IT'));
  assert.equal(d?.bookingReference?.value, 'AS-40912');
  assert.equal(d?.notes?.value, 'Breakfast 7-10 included');
});

test('two numbers in one sentence each go with the name written before them', () => {
  assert.deepEqual(contactRows('Reach me on +45 20 55 01 23, the driver is Lars Holm +45 31 62 07 45 from noon.'),
    [['Lars Holm', 'Driver', null, '+4531620745', null]]);
  assert.deepEqual(proseClauses('Ana Ruiz, 0612 345 678, ana@example.org.').map((c) => c[0]), ['Ana Ruiz, 0612 345 678, ana@example.org.']);
});

test('an answer\'s arrow before a role label is not part of the role', () => {
  assert.deepEqual(contactRows('-> Lichttechnik: Ida Kron, +43 676 555 0192'), [['Ida Kron', 'Lichttechnik', null, '+436765550192', null]]);
});
