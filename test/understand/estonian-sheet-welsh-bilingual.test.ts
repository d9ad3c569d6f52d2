/**
 * An Estonian venue's advance sheet (labels, "12. juuni 2027", "19.30", "1 500,00 €", schedule,
 * hotel and technical words) and a Welsh/English advance whose text layer stacks each two-language
 * label over a value written twice: the value keeps the known label half's language.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { findDates } from '../../src/understand/normalise/date.js';
import { countryCode } from '../../src/reference/countries.js';

const read = async (lines: string[]) => (await understand([extractPastedText(lines.join('\n'))])).extracted;

test('Estonian month and weekday names read as dates', () => {
  assert.equal(findDates('neljapäev, 9. september 2027')[0]?.value, '2027-09-09');
  assert.equal(findDates('2. detsember 2027')[0]?.value, '2027-12-02');
  assert.equal(countryCode('Eesti'), 'EE');
});

test('an Estonian advance sheet: labels, deal words, schedule, hotel and technical block', async () => {
  const x = await read([
    'KULTUURIKATEL · Põhja pst 27a, 10415 Tallinn',
    '',
    'ESINEJA INFO',
    '',
    'Esineja: Quiet Harbour',
    'Üritus: Sügisõhtu kontsert',
    'Kuupäev: neljapäev, 9. september 2027',
    'Toimumiskoht: Katlasaal',
    'Aadress: Põhja pst 27a, 10415 Tallinn, Eesti',
    '',
    'PÄEVAKAVA',
    '',
    'Kell\tMis\tKus',
    '14.00\tLaadimine\ttagauks',
    '16.30–17.15\tHelikontroll\tsaal',
    '19.30\tUksed\t',
    '20.30–21.45\tQuiet Harbour\tsaal',
    '23.15\tTransfeer hotelli\tbuss',
    '',
    'TASU',
    '',
    'Tasu: 3 200,00 € (garantii)',
    'Maksetingimused: 40% ettemaks arve alusel, ülejäänu pärast kontserti',
    '',
    'MAJUTUS',
    '',
    'Hotell\tHotel Sadama',
    'Check-in\t09.09.2027 alates 14.00',
    'Check-out\t10.09.2027 kuni 11.00',
    'Toad\t2 × DBL + 1 × SGL (kokku 3 tuba)',
    'Nimed\tAnna Lind, Pete Moss, Rob Kask',
    '',
    'TOITLUSTUS',
    '',
    'Õhtusöök: maja köök, kell 18.00, 6 inimesele (1 vegan)',
    '',
    'TEHNIKA',
    '',
    'Lava: 8 × 6 m',
    'Heli: maja PA ja 4 monitoriliini',
  ]);
  assert.equal(x.general.date, '2027-09-09');
  assert.equal(x.general.venue, 'Katlasaal');
  assert.equal(x.general.country, 'EE');
  assert.equal(x.general.doorsTime, '19:30');
  assert.equal(x.general.soundcheckTime, '16:30');
  assert.equal(x.deal.fee, 3200);
  assert.equal(x.deal.currency, 'EUR');
  assert.equal(x.deal.dealType, 'guarantee');
  assert.equal(x.deal.depositPercent, 40);
  const kinds = Object.fromEntries(x.activities.map((a) => [a.name, a.kind]));
  assert.equal(kinds['Helikontroll'], 'soundcheck');
  assert.equal(kinds['Uksed'], 'doors');
  assert.equal(kinds['Transfeer hotelli'], 'transfer');
  assert.equal(x.hotels[0]?.rooms, 3);
  assert.deepEqual(x.hotels[0]?.guests, ['Anna Lind', 'Pete Moss', 'Rob Kask']);
  const dinner = x.food.find((f) => f.time === '18:00');
  assert.equal(dinner?.guestCount, 6);
  assert.equal(dinner?.date, '2027-09-09');
  assert.equal(x.technical.stage, '8 × 6 m');
  assert.equal(x.technical.sound, 'maja PA ja 4 monitoriliini');
});

test('a two-language form stacking each label over a doubled value keeps the known half', async () => {
  const x = await read([
    'Y NEUADD',
    '1 Heol y Castell, Abertawe SA1 1AA',
    '',
    'Gwybodaeth i Artistiaid / Artist Advance Information',
    '',
    'Manylion / Details',
    'Artist / Artist',
    'Hollow Pines',
    'Lleoliad / Venue',
    'Y Neuadd',
    'Dyddiad / Date',
    'Dydd Gwener 3 Medi 2027 / Friday 3 September 2027',
    'Capasiti / Capacity',
    '200 / 200 (ar werth ers 1 Mai',
    '2027 / on sale since 1 May 2027)',
    '',
    'Amser / Time\tBeth / What',
    '17:00\tGwiriad sain / Soundcheck',
    '19:00\tDrysau / Doors',
    '20:00\tHollow Pines',
    '',
    'Y Fargen / The Deal',
    'Ffi / Fee',
    'Ffi sefydlog £900 / Flat fee £900',
    'Telerau talu / Payment terms',
    'Trosglwyddiad banc o fewn 14 diwrnod / Bank transfer within 14',
    'days of the show',
    'Nwyddau / Merchandise',
    'Dim comisiwn / No commission',
    '',
    'Technegol / Technical',
    'Offer cefn llwyfan / Backline',
    'Dim / None – the band brings its own',
    'Parcio / Parking',
    'Un fan / One van',
  ]);
  assert.equal(x.general.date, '2027-09-03');
  assert.equal(x.deal.fee, 900);
  assert.equal(x.deal.dealType, 'flat');
  assert.equal(x.deal.paymentTerms, 'Bank transfer within 14 days of the show');
  assert.equal(x.technical.backline, 'None – the band brings its own');
  // An advance sheet, not a contract (whose items keep both names as written).
  const doors = x.activities.find((a) => a.kind === 'doors');
  assert.equal(doors?.name, 'Doors');
  assert.equal(doors?.date, '2027-09-03');
  assert.equal(x.activities.find((a) => a.kind === 'soundcheck')?.name, 'Soundcheck');
});
