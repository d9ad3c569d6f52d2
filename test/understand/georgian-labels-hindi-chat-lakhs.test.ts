/**
 * A Georgian advance (labels, month names, the lari, schedule words, the technical
 * block, flight legs and cities in Georgian script), and a Hinglish WhatsApp export (the rupee's lakh
 * grouping, "Sat 13th", the client's notice lines, a hotel called off in Hinglish at an address
 * without a house number, "baje" clock times).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;
const RULE = '━━━━━━━━━━━━━━━━━━━━';

test('Georgian labels, month names and the lari sign are read', async () => {
  const x = await extracted([
    'გამარჯობა Anna,', '',
    'თარიღი: შაბათი, 6 მარტი 2027', 'დარბაზი: Glass Depot', 'მისამართი: რუსთაველის გამზ. 12, 0108 თბილისი', '',
    'ჰონორარი (fee): 9 400 ₾', '',
    'სასტუმრო: Vine Court Hotel', 'ჯავშნის ნომერი: VCH-2231', 'ოთახები: 3',
    'ჩექ-ინი: პარასკევი, 5 მარტი, 15:00-დან', 'ჩექ-აუთი: კვირა, 7 მარტი, 11:00-მდე',
  ].join('\n'));
  assert.equal(x.general.date, '2027-03-06');
  assert.equal(x.general.venue, 'Glass Depot');
  assert.equal(x.deal.fee, 9400);
  assert.equal(x.deal.currency, 'GEL');
  const h = x.hotels[0];
  assert.equal(h?.checkInDate, '2027-03-05');
  assert.equal(h?.checkOutDate, '2027-03-07');
  assert.equal(h?.bookingReference, 'VCH-2231');
});

test('Georgian schedule words give the items their kinds', async () => {
  const x = await extracted([
    'თარიღი: 6 მარტი 2027', '', 'განრიგი / SCHEDULE',
    '15:00\tლოუდ-ინი', '17:00–18:00\tსაუნდჩეკი', '19:45\tკარების გახსნა', '18:30\tტრანსფერი სასტუმრო → დარბაზი',
  ].join('\n'));
  const kinds = Object.fromEntries(x.activities.map((a) => [a.startTime, a.kind]));
  assert.equal(kinds['15:00'], 'load_in');
  assert.equal(kinds['17:00'], 'soundcheck');
  assert.equal(kinds['19:45'], 'doors');
  assert.equal(kinds['18:30'], 'transfer');
});

test('a Georgian technical block heading is no area of its own: its rows fill the areas', async () => {
  const x = await extracted([
    'თარიღი: 6 მარტი 2027', '', RULE, 'ტექნიკა / TECH', RULE,
    'ხმა: Meyer Leopard PA, FOH – Yamaha CL5', 'სცენა: 9 × 6 მ', 'სინათლე: 6 × LED wash',
  ].join('\n'));
  assert.equal(x.technical.sound, 'Meyer Leopard PA, FOH – Yamaha CL5');
  assert.equal(x.technical.stage, '9 × 6 მ');
  assert.equal(x.technical.other, null);
});

test('Georgian flight legs keep their own day and name their cities in Georgian', async () => {
  const x = await extracted([
    'თარიღი: შაბათი, 6 მარტი 2027', '', RULE, 'ფრენები / FLIGHTS', RULE, '',
    'ჩამოფრენა – პარასკევი, 5 მარტი · PNR QW3E5R', '  LH2556\tმიუნხენი (MUC) 10:05 → თბილისი (TBS) 15:40', '',
    'გაფრენა – კვირა, 7 მარტი · PNR ZX8C7V', '  LH2557\tთბილისი (TBS) 04:20 → მიუნხენი (MUC) 06:05',
    '  LH1940\tმიუნხენი (MUC) 07:30 → პარიზი (CDG) 09:05', '', RULE, 'ტრანსპორტი / GROUND', RULE,
    '5 მარტ., 16:00 – ტრანსფერი: აეროპორტი (TBS) → Vine Court Hotel.',
  ].join('\n'));
  const byNumber = Object.fromEntries(x.flights.map((f) => [f.flightNumber, f]));
  assert.equal(byNumber['LH2556']?.date, '2027-03-05');
  assert.equal(byNumber['LH2556']?.fromCity, 'მიუნხენი');
  assert.equal(byNumber['LH2557']?.date, '2027-03-07');
  assert.equal(byNumber['LH1940']?.date, '2027-03-07');
  assert.equal(byNumber['LH1940']?.toCity, 'პარიზი');
});

test('an amount grouped in lakhs is one amount in rupees', async () => {
  const x = await extracted(['Deal recap:', 'Fee ₹3,40,000 flat, net', 'Show: Friday 10 December 2027 at Blue Shed, Pune'].join('\n'));
  assert.equal(x.deal.fee, 340000);
  assert.equal(x.deal.currency, 'INR');
});

const CHAT = [
  '01/10/27, 3:02\u202fpm - Messages and calls are end-to-end encrypted. Learn more.',
  '01/10/27, 3:02\u202fpm - Kabir Shah created group "Tin Owls x Pune"',
  '01/10/27, 3:03\u202fpm - Kabir Shah added Meera Iyer',
  '01/10/27, 3:05\u202fpm - Kabir Shah: Hotel abhi ke liye Hotel Lotus Bay, Koregaon mein book kiya hai – 3 rooms',
  '01/10/27, 3:07\u202fpm - Tess Ward: Great, thanks',
  '04/10/27, 5:10\u202fpm - Meera Iyer: Hi Tess! Run of show (Fri 15th) 👇',
  'Load-in: 2:00 pm',
  'Soundcheck: 4:30 – 5:30',
  'Doors: 7:30 pm',
  'Tin Owls: 9:00 – 10:30 pm',
  '06/10/27, 11:20\u202fam - Meera Iyer: Ek change hai hotel mein, isliye shift kar diya:',
  'Teak House, Mahatma Gandhi Road, Camp, Pune 411001 – venue se 5 min',
  '3 rooms, check-in 14th 2 pm, check-out 16th 11 am',
  'Booking ID: TH-5521',
  'Lotus Bay wala cancel kar diya hai',
  '06/10/27, 11:25\u202fam - Tess Ward: Perfect',
  '06/10/27, 11:30\u202fam - Kabir Shah: Dinner shaam 6 baje green room mein',
].join('\n');

test('"(Fri 15th)" closing a chat line dates the rows below it; the client\'s notices date nothing', async () => {
  const x = await extracted(CHAT);
  assert.equal(x.general.date, '2027-10-15');
  const soundcheck = x.activities.find((a) => a.kind === 'soundcheck');
  assert.equal(soundcheck?.date, '2027-10-15');
  assert.equal(soundcheck?.startTime, '16:30');
});

test('a hotel called off in Hinglish gives way to the one named at an address without a house number', async () => {
  const x = await extracted(CHAT);
  assert.deepEqual(x.hotels.map((h) => h.name), ['Teak House']);
  assert.equal(x.hotels[0]?.address, 'Mahatma Gandhi Road, Camp, Pune 411001');
  assert.equal(x.hotels[0]?.bookingReference, 'TH-5521');
});

test('a Hindi "baje" hour is a clock time, in the evening when "shaam" says so', async () => {
  const x = await extracted(CHAT);
  const dinner = x.food.find((f) => /dinner/i.test(f.name ?? ''));
  assert.equal(dinner?.time, '18:00');
});

test('a Georgian fee marked fixed is flat, and its advance share the deposit', async () => {
  const x = await extracted([
    'თარიღი: 6 მარტი 2027', '', 'ჰონორარი (fee): 9 400 ₾ – ფიქსირებული',
    'გადახდა: 30% ავანსი (2 820 ₾) გადაირიცხება 1 მარტს; დარჩენილი – შოუს დღეს.',
  ].join('\n'));
  assert.equal(x.deal.dealType, 'flat');
  assert.equal(x.deal.depositPercent, 30);
});
