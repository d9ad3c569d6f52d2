/**
 * Advance mails in Korean with English glosses in brackets, and in Icelandic: labels, two-script
 * values, schedule cells and signatures read in their Latin rendering, Korean and Icelandic dates,
 * the won, Icelandic schedule words, roles and deal words, a Windows-1252 part decoded as Latin-1,
 * and the prose and contact lines such mails write.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFile, extractPastedText } from '../../src/extract/index.js';
import { normaliseText } from '../../src/extract/normalise.js';
import { understand } from '../../src/understand/index.js';
import { findLabelled } from '../../src/understand/text/index.js';
import { labelKey } from '../../src/understand/text/lexicon.js';
import { findDates } from '../../src/understand/normalise/date.js';
import { normaliseMoney } from '../../src/understand/normalise/money.js';
import { normaliseDuration } from '../../src/understand/normalise/time.js';
import { activityKind } from '../../src/understand/sections/activity-kinds.js';
import { dealTypeOf } from '../../src/understand/sections/deal.js';
import { columnRoute } from '../../src/understand/sections/schedule-columns.js';
import { segmentsIn } from '../../src/understand/sections/travel/segments.js';
import { addresses, peopleCounts } from '../../src/understand/sections/travel/phrases.js';
import { itemCellParts } from '../../src/understand/sections/schedule-name-cell.js';
import { scheduleOf } from '../../src/understand/sections/schedule.js';

const mail = (from: string, body: string[], charset = 'utf-8', encoding: BufferEncoding = 'utf8') => extractFile({
  name: 'advance.eml',
  bytes: Buffer.from([
    `From: ${from}`, 'To: Tess Brandt <tess@lowtide.example.nl>', 'Subject: Re: advance',
    'Date: Tue, 10 Aug 2027 09:00:00 +0000', `Content-Type: text/plain; charset=${charset}`, '', ...body, '',
  ].join('\r\n'), encoding),
});

test('Korean labels, and a label in another script glossed in English in brackets, read as their keys', () => {
  assert.deepEqual(['일시', '장소 (Venue)', '개런티 (Guarantee)', '체크인 (Check-in)', '예약번호 (Conf. no.)', '지급 조건 (Payment)'].map(labelKey),
    ['date', 'venue', 'fee', 'check_in', 'booking_reference', 'payment_terms']);
  // A Korean word not listed is read by its gloss; Latin words outside the brackets are read themselves.
  assert.equal(labelKey('요금 (Fee)'), 'fee');
  assert.equal(labelKey('Extra (Fee)'), null);
});

test('a colon set off from its label by a tab still makes a Label: value pair', () => {
  const labelled = findLabelled(extractPastedText('Venue\t: Hall Nine\n부대 (Misc)\t: nothing\n'));
  assert.equal(labelled.find((l) => l.key === 'venue')?.value, 'Hall Nine');
});

test('a two-script value gives its Latin rendering: in brackets at its end, on the line below without brackets, or after a name', () => {
  const labelled = findLabelled(extractPastedText([
    '장소 (Venue)\t: 공간 하늘 (SPACE HANEUL)',
    '주소 (Address)\t: 서울특별시 중구 예시로 12',
    '\t(12 Yesi-ro, Jung-gu, Seoul 04500)',
    '개런티 (Guarantee)\t: ₩9,000,000 (금 구백만원정)',
    '우리 무대감독 (our stage manager) : 이하늘 Haneul Lee',
  ].join('\n')));
  assert.equal(labelled.find((l) => l.key === 'venue')?.value, 'SPACE HANEUL');
  assert.equal(labelled.find((l) => l.key === 'address')?.value, '12 Yesi-ro, Jung-gu, Seoul 04500');
  // A bracket in the other script is no rendering.
  assert.equal(labelled.find((l) => l.key === 'fee')?.value, '₩9,000,000 (금 구백만원정)');
  // An unknown two-script label reads as its gloss; the name keeps its Latin spelling.
  const crew = labelled.find((l) => l.value.includes('Haneul'));
  assert.deepEqual([crew?.label, crew?.value], ['our stage manager', 'Haneul Lee']);
});

test('Korean month and day without a year, Icelandic month names, and the won', () => {
  const ref = new Date(Date.UTC(2027, 7, 10));
  assert.equal(findDates('10월 2일 (토) 오후 3시 (15:00)', ref)[0]?.value, '2027-10-02');
  assert.deepEqual(findDates('2027년 10월 2일', ref).map((d) => d.value), ['2027-10-02']);
  assert.equal(findDates('föstudaginn 3. desember', ref)[0]?.value, '2027-12-03');
  assert.equal(findDates('sunnudaginn 12. ágúst 2029', ref)[0]?.value, '2029-08-12');
  assert.deepEqual(normaliseMoney('₩9,000,000'), { amount: 9000000, currency: 'KRW' });
  assert.deepEqual(normaliseMoney('500,000원'), { amount: 500000, currency: 'KRW' });
});

test('a two-script schedule cell is read in its Latin gloss, or its Latin name before the other script', () => {
  assert.deepEqual(itemCellParts('반입 (Load-in) - 뒷문 이용').name, { value: 'Load-in', index: 4 });
  assert.equal(itemCellParts('오프닝: 파도 (WAVES (support), 30분)').name.value, 'WAVES (support)');
  assert.equal(itemCellParts('Low Tide 본공연 (main set)').name.value, 'Low Tide');
  const ride = itemCellParts('호텔 출발 → 공연장 (van: hotel lobby → SPACE HANEUL)');
  assert.deepEqual([ride.kind, ride.from?.value, ride.to?.value], ['transfer', 'hotel lobby', 'SPACE HANEUL']);
});

test('a day\'s table with glossed headers and cells gives its items by their Latin names', async () => {
  const rows = [['시간 (Time)', '내용 (Activity)'], ['오후 2시 (14:00)', '반입 (Load-in) - 뒷문 이용'], ['오후 7시 (19:00)', '관객 입장 (Doors)'], ['오후 8시 (20:00)', 'Low Tide 본공연 (main set, 90분 / 90 min)'], ['오후 10시 (22:00)', '커퓨 - 소음 규정 (Curfew - noise rule)']];
  const html = `<html><body><table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table></body></html>`;
  const items = scheduleOf(await extractFile({ name: 'day.html', bytes: Buffer.from(html) }));
  assert.deepEqual(items.map((i) => [i.name.value, i.start.value, i.lengthMinutes?.value ?? null, i.notes?.value ?? null]), [
    ['Load-in', '14:00', null, null], ['Doors', '19:00', null, null], ['Low Tide', '20:00', 90, null], ['Curfew', '22:00', null, 'noise rule'],
  ]);
});

test('a take-off its departure word marks is the flight\'s, not a ride\'s time written before it', () => {
  const text = ['오전 9시 (09:00) 호텔 출발 (van: hotel → Gimpo Airport, GMP)', 'OZ1085 김포 → 하네다 (Seoul Gimpo → Tokyo Haneda, dep. 12:05)', '', '7. 케이터링', '18:00 dinner boxes'].join('\n');
  const [seg] = segmentsIn(text, new Date(Date.UTC(2027, 8, 19)));
  assert.deepEqual([seg?.departure?.value, seg?.arrival?.value], ['12:05', undefined]);
});

test('a signature in two scripts side by side is read in its Latin half', async () => {
  const source = await mail('이하늘 <haneul@haneul-live.example.kr>', [
    'Tess 님, 안녕하세요!', '', '장소 (Venue)\t: 공간 하늘 (SPACE HANEUL)', '일시 (Date)\t: 2027년 10월 2일 (토)', '', '감사합니다!', '', '--',
    '이하늘 | Haneul Lee',
    '공연사업팀 팀장 | Head of Touring',
    '(주)하늘라이브 | Haneul Live Co., Ltd.',
    '04500 서울특별시 중구 예시로 12',
    '12 Yesi-ro, Jung-gu, Seoul 04500, Korea',
    'M. 010-4455-6677 | T. 02-3344-5566',
    'haneul@haneul-live.example.kr',
  ]);
  const { extracted: x } = await understand([source]);
  const c = x.contacts.find((k) => k.name === 'Haneul Lee');
  assert.deepEqual([c?.role, c?.phone, c?.email], ['Head of Touring', '+821044556677', 'haneul@haneul-live.example.kr']);
});

test('C1 controls of a Windows-1252 part read as Latin-1 are its dashes and quotes again', async () => {
  assert.equal(normaliseText('15:30\u009616:30 \u0093ok\u0094'), '15:30–16:30 “ok”');
  const source = await mail('Gunna <gunna@salur.example.is>', ['kl. 15:30\u009616:30 Hlj\u00f3\u00f0prufa'], 'Windows-1252', 'latin1');
  assert.match(source.text, /15:30–16:30 Hljóðprufa/);
});

test('Icelandic schedule words, lengths, deal and role words', () => {
  assert.deepEqual(['Hljóðprufa', 'Húsið opnar', 'Hljómsveitin á svið', 'Akstur frá flugvelli'].map(activityKind), ['soundcheck', 'doors', 'set', 'transfer']);
  assert.equal(activityKind('Kvöldmatur baksviðs'), null);
  assert.equal(normaliseDuration('40 mín.'), 40);
  assert.equal(dealTypeOf('Trygging 900.000 kr. eða 60% af miðasölu, hvort sem hærra reynist.'), 'guarantee_vs_percentage');
  assert.deepEqual(['Hljómsveit', 'Dagsetning', 'Innritun', 'Útritun', 'Bókunarnúmer', 'Sími'].map(labelKey),
    ['artist', 'date', 'check_in', 'check_out', 'booking_reference', 'phone']);
});

test('an Icelandic timetable\'s meal line and the food block\'s caterer are one meal; an Icelandic quoted message signs with "Kv."', async () => {
  assert.equal(peopleCounts('Gerum ráð fyrir 7 manns')[0]?.value, 7);
  assert.equal(addresses('Hótel Vik, Grandagata 14, 101 Reykjavík (5 mín. gangur)')[0]?.value, 'Grandagata 14, 101 Reykjavík');
  const source = await mail('Gunna Jónsdóttir <gunna@salur.example.is>', [
    'Sæll Tess,', '',
    'Dagsetning: laugardaginn 4. desember 2027',
    'Staður: Hafnarsalur, Grandagata 9, 101 Reykjavík', '',
    'DAGSKRÁ',
    'kl. 14:00 Load-in',
    'kl. 18:00 Kvöldmatur baksviðs (sjá MATUR)',
    'kl. 21:00 Low Tide á svið', '',
    'MATUR',
    'Kvöldmatur kl. 18:00 baksviðs frá Kaffi Ból: súpa og brauð.', '',
    'Bestu kveðjur,', 'Gunna', '',
    '________________________________',
    'Frá: Tess Brandt <tess@lowtide.example.nl>',
    'Sent: mánudagur, 1. nóvember 2027 10:14',
    'Til: Gunna Jónsdóttir <gunna@salur.example.is>',
    'Efni: advance', '',
    'Hæ Gunna,', 'Geturðu sent mér tímaplan?', '',
    'Kv.', 'Tess', '',
    'Tess Brandt',
    'Tour manager – Low Tide',
    '+31 6 1234 5678',
    'tess@lowtide.example.nl',
  ]);
  const { extracted: x } = await understand([source]);
  assert.deepEqual(x.food.map((f) => [f.name, f.kind, f.address, f.time]), [['Kaffi Ból', 'catering', 'baksviðs', '18:00']]);
  const tess = x.contacts.find((c) => c.name === 'Tess Brandt');
  assert.deepEqual([tess?.role, tess?.phone], ['Tour manager', '+31612345678']);
});

test('a route\'s destination leaves a lower-case remark in brackets to the note', () => {
  const ride = columnRoute('Arrivals hall -> Hotel Vik (about 45 min)');
  assert.deepEqual([ride?.from.value, ride?.to.value, ride?.note?.value], ['Arrivals hall', 'Hotel Vik', 'about 45 min']);
});

test('an Icelandic venue mail: fee, technical block, contact lines with dashes, a flight in prose and dated rides', async () => {
  const source = await mail('Gunna Jónsdóttir <gunna@salur.example.is>', [
    'Sæll Tess,', '',
    'TÓNLEIKARNIR',
    'Hljómsveit: Low Tide',
    'Dagsetning: laugardaginn 4. desember 2027',
    'Staður: Hafnarsalur, Grandagata 9, 101 Reykjavík', '',
    'GREIÐSLA',
    'Trygging 900.000 kr. eða 60% af nettó miðasölu, hvort sem hærra reynist.', '',
    'FLUG OG AKSTUR',
    'Þið komið með Icelandair FI207 frá Kaupmannahöfn (CPH) föstudaginn 3. desember, brottför kl. 14:10 og lending í Keflavík (KEF) kl. 16:25 að staðartíma. Bókunarnúmer 8LM4QP.',
    'Akstur frá flugvelli: föstudaginn 3. desember kl. 17:00, komusalur -> Hótel Vik (um 45 mín.)', '',
    'TÆKNIMÁL',
    'Svið: 7 x 5 m',
    'Hljóð: Midas M32 í FOH', '',
    'TENGILIÐIR',
    'Siggi Pálsson, tæknistjóri – +354 699 1122 – siggi@salur.example.is',
    'Bjarni Ólafsson, bílstjóri (Vikurbílar) – 845 2211', '',
    'Bestu kveðjur,', 'Gunna',
  ], 'utf-8');
  const { extracted: x } = await understand([source]);
  assert.deepEqual([x.deal.fee, x.deal.currency, x.deal.dealType], [900000, 'ISK', 'guarantee_vs_percentage']);
  assert.deepEqual([x.technical.stage, x.technical.sound], ['7 x 5 m', 'Midas M32 í FOH']);
  const people = x.contacts.map((c) => [c.name, c.role, c.company, c.phone]);
  assert.deepEqual(people.find((p) => p[0] === 'Siggi Pálsson'), ['Siggi Pálsson', 'tæknistjóri', null, '+3546991122']);
  assert.deepEqual(people.find((p) => p[0] === 'Bjarni Ólafsson'), ['Bjarni Ólafsson', 'bílstjóri', 'Vikurbílar', '+3548452211']);
  const [flight] = x.flights;
  assert.deepEqual([flight?.date, flight?.toAirport, flight?.departureTime, flight?.arrivalTime, flight?.bookingReference],
    ['2027-12-03', 'KEF', '2027-12-03T14:10', '2027-12-03T16:25', '8LM4QP']);
  const ride = x.activities.find((a) => a.kind === 'transfer');
  assert.deepEqual([ride?.date, ride?.startTime, ride?.location, ride?.destination], ['2027-12-03', '17:00', 'komusalur', 'Hótel Vik']);
});
