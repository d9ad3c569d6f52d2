/**
 * A Taglish (Tagalog/English) promoter thread and an Afrikaans/English contract with a
 * later e-mail. The rand written "R12 500,00"; a bilingual contract's clauses, each followed by its
 * English translation; a technical table right after a running-order table; "doors open …, not …";
 * "the Act via its Management CC"; a caterer that "provides" the meal or "is" the caterer; Taglish
 * schedule rows with a bare hour and "ang" ("3pm ang load-in") and a bracketed recap of the day.
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeExtractor, extractFile, extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { normaliseMoney } from '../../src/understand/normalise/index.js';

after(closeExtractor);

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('the rand is written "R" right before an amount of hundreds or more', () => {
  assert.deepEqual(normaliseMoney('R12 500,00', 'ZA'), { amount: 12500, currency: 'ZAR' });
  assert.deepEqual(normaliseMoney('a fee of R7,250.00 excl. VAT', 'ZA'), { amount: 7250, currency: 'ZAR' });
  // "R2" names a row or a road, not two rand.
  assert.equal(normaliseMoney('Seat R2', 'ZA')?.currency ?? null, null);
});

const CONTRACT = [
  'SPEELKONTRAK / ENGAGEMENT CONTRACT',
  '',
  'Plek / Venue: Die Skuur, Longmarket Street, Cape Town',
  '',
  '2. VERGOEDING / REMUNERATION',
  '',
  "2.1 Die Organiseerder betaal die Groep 'n totale honorarium van R38 000,00 plus BTW.",
  '',
  'The Organiser pays the Band a total fee of R38,000.00 plus VAT.',
  '',
  '2.2 40% (R15 200,00) as voorskot teen die einde van die maand; die res is betaalbaar by aankoms.',
  '',
  '40% (R15,200.00) as a deposit by the end of the month; the rest is payable on arrival.',
  '',
  '2.3 Die honorarium is eksklusief van BTW teen 15%, wat die Organiseerder by elke faktuur voeg.',
  '',
  'The fee is exclusive of VAT at 15%, which the Organiser adds to each invoice.',
].join('\n');

test("a bilingual contract's clauses are read in their English translation below the numbered clause", async () => {
  const { deal } = await extracted(CONTRACT);
  assert.equal(deal.fee, 38000);
  assert.equal(deal.currency, 'ZAR');
  assert.equal(deal.depositPercent, 40);
  assert.equal(deal.paymentTerms, '40% (R15,200.00) as a deposit by the end of the month; the rest is payable on arrival.');
  assert.equal(deal.notes, 'The fee is exclusive of VAT at 15%, which the Organiser adds to each invoice.');
});

const cell = (text: string) => `<td><p><span>${text}</span></p></td>`;
const row = (...cells: string[]) => `<tr>${cells.map(cell).join('')}</tr>`;
const HTML = `<html><body>
<h2>5. PROGRAM / SCHEDULE</h2>
<table>${row('Item', 'Time', 'Place')}${row('Load-in', '13:00', 'Back yard')}${row('Doors', '19:30', '')}${row('Curfew', '23:00', '')}</table>
<h2>6. TEGNIES / TECHNICAL</h2>
<table>${row('Klank / Sound', 'Venue PA Meyer Leopard (5 per side); FOH DiGiCo SD12')}${row('Lig / Lights', 'Venue rig, 8 x profile')}${row('Verhoog / Stage', '8 m x 5 m, 0.8 m riser')}</table>
</body></html>`;

test('a technical table right after a running order is no more rows of it: its cells tell no time', async () => {
  const source = await extractFile({ bytes: Buffer.from(HTML, 'utf8'), name: 'agreement.html' });
  const { technical } = (await understand([source])).extracted;
  assert.equal(technical.sound, 'Venue PA Meyer Leopard (5 per side); FOH DiGiCo SD12');
  assert.equal(technical.stage, '8 m x 5 m, 0.8 m riser');
});

test('"doors open 18:45, not 19:15" in a later e-mail outranks the contract\'s doors', async () => {
  const contract = extractPastedText(['PERFORMANCE AGREEMENT', 'Artist: Vlei Vlakte', 'Date: Friday 5 March 2027', 'Doors: 19:15', 'Curfew: 23:00'].join('\n'));
  const mail = extractPastedText([
    'From: Anri Smit <anri@example.co.za>', 'Date: Mon, 1 Mar 2027 09:10:00 +0200', 'Subject: Re: Vlei Vlakte 5/3',
    '', 'Hi all', '', 'Small change from the venue side: doors open 18:45, not 19:15 as we had it. All else as signed.', '', 'Anri',
  ].join('\n'));
  const { general } = (await understand([contract, mail])).extracted;
  assert.equal(general.doorsTime, '18:45');
});

test('"the Act via its Management CC" names the act', async () => {
  const { general } = await extracted(['PERFORMANCE AGREEMENT', 'Artist: Vlei Vlakte via Karoo Kuns Bestuur CC', 'Date: Friday 5 March 2027'].join('\n'));
  assert.equal(general.artist, 'Vlei Vlakte');
});

test('a caterer that provides the meal, or is the caterer, names it', async () => {
  const [provided] = (await extracted(['HOSPITALITY', 'Dinner for the band (6 people) at 18:30 in the green room, provided by Braai Plek Kombuis.'].join('\n'))).food;
  assert.equal(provided?.name, 'Braai Plek Kombuis');
  const [taglish] = (await extracted(['MEALS: Yung caterer namin is Kusina ni Nena – dinner sa dressing room ng 7pm, para sa 8.'].join('\n'))).food;
  assert.equal(taglish?.name, 'Kusina ni Nena');
  // "provided by the Promoter" names a party, not a caterer.
  const [party] = (await extracted(['HOSPITALITY', 'Dinner for the band (6 people) at 18:30, provided by Promoter.'].join('\n'))).food;
  assert.notEqual(party?.name, 'Promoter');
});

test('Taglish rows: a bare hour with its "pm", the item after "ang"', async () => {
  const x = await extracted([
    'TIMETABLE (Friday, May 5, 2028)',
    '11:15am – sundo ng van sa hotel, diretso sa venue',
    '3pm ang load-in (sa likod ng stage, Mabini entrance)',
    '8pm ang doors',
    '9:15 – 10:30pm Paper Kites',
  ].join('\n'));
  const at = (kind: string) => x.activities.filter((a) => a.kind === kind).map((a) => [a.name, a.startTime]);
  assert.deepEqual(at('load_in'), [['load-in', '15:00']]);
  assert.deepEqual(at('doors'), [['doors', '20:00']]);
});

test('a recap "(8pm ang doors, 10pm kayo, 11:30pm curfew)" names the items after their times', async () => {
  const x = await extracted(['Hi Nell,', '', 'Yung iba, walang pagbabago (8pm ang doors, 10pm kayo, 11:30pm curfew).', '', 'Jojo'].join('\n'));
  assert.equal(x.general.doorsTime, '20:00');
  assert.equal(x.general.curfewTime, '23:30');
});

test('a quoted row after a long quoted row is still a row; a line after a comma-ended sentence is not', async () => {
  const x = await extracted([
    'TIMETABLE (Friday, May 5, 2028)',
    '> 11:15am – van pick-up at the hotel, straight to the venue via the side gate',
    '> 3pm load-in',
    '',
    'CATERING: Our caterer is Kusina ni Nena – dinner in the dressing room upstairs,',
    '6pm sa Friday, para sa 8 (banda at crew). Salamat po!',
  ].join('\n'));
  assert.deepEqual(x.activities.filter((a) => a.kind === 'load_in').map((a) => a.startTime), ['15:00']);
  assert.equal(x.activities.filter((a) => a.startTime === '18:00').length, 0);
});
