/**
 * A clause run on from its ordinal and title ("QUINTA. Forma de pago. …"); a fee word in a
 * clause's title far from its amount, the same word further on beside it; a deposit's share named by an
 * advance or a signature; a line on who bears the withholding tax as the deal's notes; a PDF clause under
 * a schedule table kept whole, not split where one of its words starts flush with a column.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { layoutPage, type TextPiece } from '../../src/extract/formats/pdf-layout.js';
import { understand } from '../../src/understand/index.js';

const deal = async (text: string) => (await understand([extractPastedText(text)])).extracted.deal;

test('an ordinal clause titled with the payment terms gives its text as the terms, a share at signing the deposit', async () => {
  const d = await deal([
    'CONTRATO DE ACTUACIÓN',
    '',
    'TERCERA. Caché. La PROMOTORA abonará a la BANDA un caché fijo de 4.200,00 € (cuatro mil doscientos euros), IVA no incluido.',
    '',
    'QUINTA. Forma de pago. Un 40 % a la firma del presente contrato y el 60 % restante por transferencia',
    'bancaria en los 5 días siguientes al concierto.',
  ].join('\n'));
  assert.equal(d?.fee, 4200);
  assert.equal(d?.currency, 'EUR');
  assert.equal(d?.dealType, 'flat');
  assert.match(d?.paymentTerms ?? '', /^Un 40 % a la firma .* siguientes al concierto\.$/);
  assert.equal(d?.depositPercent, 40);
});

test('a share paid "in advance" in the payment terms is the deposit', async () => {
  const d = await deal('Fee: USD 6,000 flat\nPayment: 30% advance by 2 March, the rest in cash on the night\n');
  assert.equal(d?.depositPercent, 30);
});

test('a labelled line or a numbered clause on who bears the withholding tax is the deal notes', async () => {
  const labelled = await deal('Fee: USD 6,000 flat, net.\nTax: organiser covers the 10% withholding, band is paid net.\n');
  assert.equal(labelled?.notes, 'organiser covers the 10% withholding, band is paid net.');
  const clause = await deal([
    '2.1 The fee is a flat EUR 9,000, paid by the Organiser.',
    '',
    '2.4 Tax deducted at source (TDS) is borne by the Organiser on top of the fee. Certificates follow within 20 days.',
  ].join('\n'));
  assert.equal(clause?.notes, 'Tax deducted at source (TDS) is borne by the Organiser on top of the fee. Certificates follow within 20 days.');
});

test('on the fee line itself, the remark after the fee on the withholding tax is the note', async () => {
  const d = await deal('Fee 3 lakh INR flat (₹3,00,000), net – TDS we will bear\n');
  assert.equal(d?.notes, 'net – TDS we will bear');
});

test('a withholding tax that does not apply, or one nobody is said to bear, is no note', async () => {
  const none = await deal('Fee: EUR 7,000 flat, net.\nWithholding tax: not applicable – the agency sends its residence certificate.\n');
  assert.equal(none?.notes ?? null, null);
  const unsaid = await deal('Fee: EUR 7,000 flat.\nTax: 10% withholding deducted from the fee.\n');
  assert.equal(unsaid?.notes ?? null, null);
});

test('a withholding tax named only late in a paragraph about other terms is no note', async () => {
  const d = await deal('Money: the fee is EUR 5,000 flat. Deposit 50% next week, balance on the night. We pay the WHT, you get net.\n');
  assert.equal(d?.notes ?? null, null);
});

test('a PDF clause line under a schedule table stays one line though a word starts flush with a column', () => {
  const word = (text: string, x: number, y: number): TextPiece => ({ text, x, y, width: text.length * 5, size: 9 });
  const pieces = [
    word('Time', 60, 500), word('What', 140, 500), word('Where', 300, 500),
    word('17:00', 60, 484), word('Load-in', 140, 484), word('Back door', 300, 484),
    word('18:30', 60, 468), word('Soundcheck', 140, 468), word('Main room', 300, 468),
    // A justified clause: its words drawn one by one, "PROMOTER" happening to start at the third column.
    ...['THIRD.', 'Fee.', 'The', 'band', 'is', 'paid', 'by', 'the', 'agreed', 'to'].reduce<TextPiece[]>((out, text) => {
      const x = out.length ? out.at(-1)!.x + out.at(-1)!.width + 6 : 60;
      return [...out, word(text, x, 448)];
    }, []),
    word('PROMOTER', 300, 448), word('a fee of', 350, 448),
    word('three thousand euros.', 60, 437),
  ];
  const lines = layoutPage(pieces).text.split('\n');
  assert.ok(lines.includes('THIRD. Fee. The band is paid by the agreed to PROMOTER a fee of'), lines.join('\n'));
  assert.ok(lines.includes('three thousand euros.'));
});
