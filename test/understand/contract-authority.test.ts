/**
 * Contracts and deal terms: the contract is the authority on the deal over e-mails and chats unless
 * a message explicitly corrects it; deal tables written as label/value rows; Finnish contract labels.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Deal, ExtractedSource } from '../../src/interfaces.js';
import { found, type Evidence } from '../../src/understand/found.js';
import { understand } from '../../src/understand/index.js';
import { authorityOf, DEAL_TERMS, inPrecedence, mergeFields, onFields, type Conflict } from '../../src/understand/merge/index.js';
import { extract as deal } from '../../src/understand/sections/deal.js';
import { extract as food } from '../../src/understand/sections/food.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { findDates } from '../../src/understand/normalise/index.js';
import { relativeDay } from '../../src/understand/sections/show-date.js';
import { labelKey, read } from '../../src/understand/text/index.js';
import { pasted } from './helpers.js';
import { run, values } from './sections/travel-fixtures.js';

const asFile = (text: string, name: string, extra: Partial<ExtractedSource> = {}): ExtractedSource =>
  ({ ...pasted(text), name, origin: 'file', ...extra });

const ev = (source: string, method: Evidence['method'] = 'label'): Evidence => ({ method, source, page: null, span: [0, 1], validated: true });

test('the contract wins on the deal\'s terms whatever the scores, with a conflict; not on other fields', () => {
  const contract = onFields(authorityOf([asFile('', 'contract.pdf')], (s) => s.name === 'contract.pdf'), DEAL_TERMS);
  const drafts = (): Record<string, ReturnType<typeof found>>[] => [
    // The e-mail's value is labelled and validated, the contract's a pattern: by scores the e-mail would win.
    { fee: found(4100, ev('mail.eml')), notes: found('Merch 85/15', ev('mail.eml')) },
    { fee: found(4300, ev('contract.pdf', 'pattern')), notes: found('Merch 80/20', ev('contract.pdf', 'pattern')) },
  ];
  assert.equal(mergeFields<Deal>(drafts()).fee!.value, 4100);
  for (const ordered of [drafts, () => drafts().reverse()]) {
    const conflicts: Conflict[] = [];
    const merged = mergeFields<Deal>(ordered(), conflicts, '', contract);
    assert.equal(merged.fee!.value, 4300);
    assert.equal(merged.fee!.conflict, true);
    // Notes are no deal term: they go by the fitted scores (and order, on a tie), as without the authority.
    assert.equal(merged.notes!.value, mergeFields<Deal>(ordered()).notes!.value);
    assert.deepEqual(conflicts.map((c) => c.field).sort(), ['fee', 'notes']);
  }
});

test('a message correcting the contract outranks it; precedence goes by the order given', () => {
  const contract = (source: string) => (source === 'contract.pdf' ? 1 : 0);
  const correction = (source: string) => (source === 'chat.txt' ? 1 : 0);
  const ranked = inPrecedence(correction, contract);
  assert.deepEqual(['chat.txt', 'contract.pdf', 'mail.eml'].map((s) => ranked(s)), [2, 1, 0]);
  assert.equal(onFields(contract, DEAL_TERMS)('contract.pdf', undefined, 'notes'), 0);
  assert.equal(onFields(contract, DEAL_TERMS)('contract.pdf', undefined, 'depositPercent'), 1);
});

const CONTRACT = [
  'PERFORMANCE AGREEMENT',
  'Artist: The Quiet Orchards',
  'Venue: Harbour Rooms, 3 Mill Street, Leeds LS1 4AB',
  'Date: 12 March 2028',
  // Read from prose, the contract's fee scores lower than a labelled one in an e-mail.
  'The Promoter shall pay the Artist a fee of GBP 2,600 by bank transfer within 7 days of the show.',
].join('\n');

test('an import: the contract\'s fee beats an e-mail\'s, unless a later message corrects the contract', async () => {
  const mail = asFile('Hi Jo,\n\nall good for Leeds.\n\nFee: GBP 2,400\n\nBest,\nMo', 'Leeds.eml', { format: 'eml' });
  const withMail = await understand([asFile(CONTRACT, 'Agreement_QO_Leeds.txt'), mail]);
  assert.equal(withMail.extracted.deal.fee, 2600);
  assert.ok(withMail.extracted.warnings.some((w) => w.code === 'conflict' && /fee/.test(w.message)));

  const correction = pasted('Hi Jo,\n\ncorrection to the contract: the fee is GBP 2,900 after the upgrade to the big room.\n\nMo');
  const corrected = await understand([asFile(CONTRACT, 'Agreement_QO_Leeds.txt'), correction]);
  assert.equal(corrected.extracted.deal.fee, 2900);
  // Finnish names the corrected document without a preposition.
  const korjaus = pasted('Moi Jo,\n\nkorjaus sopimukseen: palkkio on GBP 2,950.\n\nMo');
  assert.equal((await understand([asFile(CONTRACT, 'Agreement_QO_Leeds.txt'), korjaus])).extracted.deal.fee, 2950);
});

test('a contract\'s clause on changes in writing is no correction of it', async () => {
  const clause = pasted('Any change to the agreement must be made in writing. The fee is GBP 2,400.');
  const { extracted } = await understand([asFile(CONTRACT, 'Agreement_QO_Leeds.txt'), clause]);
  assert.equal(extracted.deal.fee, 2600);
});

test('a deal table of label and value rows under a generic header', () => {
  const mail = asFile([
    'Deal',
    '',
    'Item\tTerms',
    'Guarantee\tEUR 950',
    'Versus\t70% of the door after costs',
    'Payment\t30% deposit on signing, rest in cash on the night',
    'Merch\tno cut',
  ].join('\n'), 'deal.txt');
  assert.deepEqual(values(run(deal, mail)[0]!), {
    fee: 950, currency: 'EUR', dealType: 'guarantee_vs_percentage',
    paymentTerms: '30% deposit on signing, rest in cash on the night', depositPercent: 30,
  });
});

test('Finnish contract labels: fee, payment terms, other terms, venue, date, soundcheck, booking number', () => {
  assert.deepEqual(
    ['Esityspaikka', 'Esityspäivä', 'Äänitarkistus', 'Ovet', 'Palkkio', 'Maksuehdot', 'Varausnumero', 'Puh.', 'Sähköposti'].map(labelKey),
    ['venue', 'date', 'soundcheck', 'doors', 'fee', 'payment_terms', 'booking_reference', 'phone', 'email'],
  );
  const [d] = run(deal, asFile([
    '4. Palkkio',
    'Kiinteä palkkio: 1 750,00 € + alv',
    'Maksuehto: 21 päivää laskusta',
    'Muut ehdot: Järjestäjä tarjoaa juomat.',
  ].join('\n'), 'sopimus.txt'));
  assert.deepEqual(values(d!), {
    fee: 1750, currency: 'EUR', dealType: 'flat', paymentTerms: '21 päivää laskusta', notes: 'Järjestäjä tarjoaa juomat.',
  });
});

test('Finnish dates: a month in the partitive, weekdays as words ("lauantaina"), "huomenna"', () => {
  assert.deepEqual(findDates('Keikka pidetään 14. maaliskuuta 2028 ja 2. joulukuuta 2028.').map((d) => d.value), ['2028-03-14', '2028-12-02']);
  const wednesday = new Date(Date.UTC(2028, 2, 8, 12));
  assert.equal(relativeDay('lauantaina', wednesday), '2028-03-11');
  assert.equal(relativeDay('huomenna', wednesday), '2028-03-09');
});

test('a Finnish contract\'s hotel clause wrapped after a comma, and its meal with a head count', () => {
  const contract = asFile([
    '5. Majoitus ja ruokailu',
    'Järjestäjä varaa majoituksen: Hotelli Kuusikko, 2 huonetta, 3.–4.5.2028,',
    'varausnumero KU-7781.',
    'Lounas: klo 12.30, 4 henkeä (backstage)',
  ].join('\n'), 'sopimus.pdf', { format: 'pdf' });
  const [h] = run(hotels, contract).map(values);
  assert.equal(h!.rooms, 2);
  assert.equal(h!.bookingReference, 'KU-7781');
  const [f] = run(food, contract).map(values);
  assert.deepEqual([f!.name, f!.time, f!.guestCount, f!.address, f!.kind], ['Lounas', '12:30', 4, 'backstage', 'catering']);
});

test('a two-language heading among label lines ("MAJOITUS / ACCOMMODATION") is no labelled value', () => {
  const sheet = pasted(['ARTIST Mona Reed', 'LODGING / ACCOMMODATION', 'HOTEL Lumo Inn', 'CHECK-IN 15:00', 'ROOMS 3'].join('\n'));
  const labelled = read(sheet).labelled.map((l) => [l.key, l.value]);
  assert.ok(!labelled.some(([, value]) => value === 'ACCOMMODATION'), JSON.stringify(labelled));
  assert.ok(labelled.some(([key, value]) => key === 'hotel' && value === 'Lumo Inn'), JSON.stringify(labelled));
});
