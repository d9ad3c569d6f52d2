/**
 * A prose list of the day restated by the document's timetable, Cyrillic "од … до"
 * ranges and support slots, a withholding-tax note running on after a spaced dash, a stage named in
 * a stage manager's role, a refused soundcheck time, a Macedonian hotel clause, a buyout named by its
 * label, and a contract's party blocks giving their people's company.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('a bulleted list of the day restated by a timetable gives the timetable\'s items only', async () => {
  const x = await extracted([
    'PERFORMANCE AGREEMENT', '', 'Show date: Friday 8 October 2027, Blue Cellar, Ohrid.', '',
    'The parties agree on this running order:', '',
    '- soundcheck of the Artist: 16:30;', '- soundcheck of the opening act: 17:40;', '- opening act plays: 19:30;',
    '- start of the Artist\'s performance: 21:00;', '',
    'ANNEX 1 - Day schedule', '',
    'Time\tActivity\tPlace\tNote', '16:30 – 17:30\tSoundcheck – Grey Harbour\tstage\t—', '17:40 – 18:10\tSoundcheck – Pale Moths\tstage\t—',
    '19:30 – 20:10\tPale Moths\tstage\t—', '21:00 – 22:30\tGrey Harbour\tstage\t—',
  ].join('\n'));
  const names = x.activities.map((a) => a.name);
  assert.ok(!names.some((n) => /^soundcheck of|plays|start of/i.test(n)), JSON.stringify(names));
  assert.ok(x.activities.some((a) => a.name === 'Soundcheck – Grey Harbour' && a.endTime === '17:30'), JSON.stringify(names));
});

test('a Cyrillic "од … до" range ends the item, and "Предгрупа: X" is the support act\'s set', async () => {
  const x = await extracted([
    'Распоред на 8 октомври 2027:', '', '- саундчек: од 16:00 до 16:45 часот;', '', 'Предгрупа: Сина Река\t19:30 – 20:10', '',
  ].join('\n'));
  const check = x.activities.find((a) => a.kind === 'soundcheck');
  assert.equal(check?.endTime, '16:45');
  assert.ok(x.activities.some((a) => a.kind === 'set' && a.name === 'Сина Река'), JSON.stringify(x.activities));
});

test('a withholding-tax note runs on after a spaced dash and a payment word', async () => {
  const x = await extracted([
    'FEE', 'Fee:\tUSD 8,000 - flat fee',
    'Kodi ya zuio / Withholding tax: 10% WHT on the fee (USD 800) deducted from the balance - balance transfer USD 3,200. Certificate to follow.',
  ].join('\n'));
  assert.equal(x.deal.notes, '10% WHT on the fee (USD 800) deducted from the balance - balance transfer USD 3,200. Certificate to follow.');
});

test('"Stage Manager, <the show\'s stage>" keeps the stage in the role, no company', async () => {
  const x = await extracted([
    'Stage:\tBaobab Tent / Second Stage', '', 'CONTACTS', 'Name\tRole\tPhone\tEmail',
    'Lulu Achieng\tArtist Liaison\t+254 733 300 400\tlulu@sunreach.example.org',
    'Amani Njoroge\tStage Manager, Baobab Tent\t+254 722 100 200\tamani@sunreach.example.org',
    'Baraka Mwangi\tHospitality\t+254 711 640 111\t-',
  ].join('\n'));
  const c = x.contacts.find((k) => k.name === 'Amani Njoroge');
  assert.equal(c?.role, 'Stage Manager, Baobab Tent');
  assert.equal(c?.company ?? null, null);
});

test('a soundcheck time said to be impossible is no item', async () => {
  const x = await extracted([
    'Subject: final advance', '', 'Hi Jo,', 'show on Saturday 4 September 2027.',
    '- Soundcheck saa 09:00 haiwezekani (stage build until 10:00) -- tumekupa 12:00-12:40.', 'Asante, Lulu',
  ].join('\n'));
  assert.ok(!x.activities.some((a) => a.startTime === '09:00'), JSON.stringify(x.activities));
});

test('a Macedonian hotel clause gives its rooms, booking number and breakfast note', async () => {
  const x = await extracted([
    'Сместување: Организаторот обезбедува сместување за 5 лица во хотел „Езерски Кат“, ул. Кеј Маршал Тито бр. 9, 6000 Охрид, во 3 (три) соби, со пријавување на 07.10.2027 од 14:00 часот и одјавување на 09.10.2027 до 11:00 часот, број на резервација EK-0710-22. Појадокот е вклучен во цената.',
  ].join('\n'));
  const h = x.hotels[0];
  assert.equal(h?.rooms, 3);
  assert.equal(h?.bookingReference, 'EK-0710-22');
  assert.match(h?.notes ?? '', /^Појадокот е вклучен/);
});

test('a buyout under a meal label of an unknown language is named by the label', async () => {
  const x = await extracted([
    'Концерт на 8 октомври 2027.', '',
    '5.4 Ручек: наместо ручек, Организаторот на тур-менаџерот му исплаќа buyout во готово од 500 денари по лице, за 5 лица.',
  ].join('\n'));
  const f = x.food.find((m) => m.kind === 'buyout');
  assert.equal(f?.name, 'Ручек');
});

test('a contract\'s party blocks and "За Организаторот:" give their people the party\'s name', async () => {
  const x = await extracted([
    'ДОГОВОР', '', '1. ОРГАНИЗАТОР', '', 'Назив: СИНА ЛАМБА ДООЕЛ Охрид', '', 'Застапувано од: Мила Ристовска, управител', '',
    'Телефон: +389 70 111 222', '', 'E-mail: mila@sinalamba.example.mk', '', '(во понатамошниот текст: „Организатор“)', '', 'и', '',
    '2. АГЕНЦИЈА', '', 'Назив: BURA MUSIC d.o.o.', '',
    '(во понатамошниот текст: „Агенција“), која настапува во име на групата SIVI GALEBI од Сплит (во понатамошниот текст: „Изведувач“).', '',
    'Член 5 – Лица за контакт', '', 'За Организаторот:', '', '- Игор Трпевски, продукција, +389 75 333 444', '', 'За Изведувачот:', '',
    '- Nina Horvat, тур-менаџер, +385 98 555 6677, nina@example.hr', '', 'Член 9 – Завршни одредби', '', '9.1 Договорот е составен во два примероци.',
  ].join('\n'));
  const company = (name: string) => x.contacts.find((c) => c.name === name)?.company ?? null;
  assert.equal(company('Мила Ристовска'), 'СИНА ЛАМБА ДООЕЛ Охрид');
  assert.equal(company('Игор Трпевски'), 'СИНА ЛАМБА ДООЕЛ Охрид');
  assert.equal(company('Nina Horvat'), 'SIVI GALEBI');
});

test('a deal table\'s notes row is read where the mail\'s HTML part prints another dash than its text', async () => {
  const text = [
    '4. MALIPO / FEE', 'Ada (fee):\tUSD 8,000 - flat fee', 'Malipo:\t50% deposit paid; 50% after the show.',
    'Kodi ya zuio:\t10% WHT deducted from the balance - balance transfer USD 3,200.', '',
  ].join('\n');
  const source = {
    ...extractPastedText(text),
    tables: [{ rows: [['Ada (fee)', 'USD 8,000 – flat fee'], ['Malipo', '50% deposit paid; 50% after the show.'], ['Kodi ya zuio', '10% WHT deducted from the balance – balance transfer USD 3,200.']], page: null, sheet: null }],
  };
  const x = (await understand([source])).extracted;
  assert.equal(x.deal.notes, '10% WHT deducted from the balance - balance transfer USD 3,200.');
});

test('a meal block headed "… catering na <Caterer>" with a two-language place label and meal tickets names, places and counts its meals', async () => {
  const x = await extracted([
    'Subject: advance', '', 'Show: Saturday 4 September 2027', '',
    'Jumamosi 4 Sep - Artist Village catering na Mama Pika Kitchen',
    '  Mahali / location: the artists\' food tent behind the main stage',
    '  Chakula cha mchana (lunch): 12:00-14:00',
    '  Chakula cha jioni (dinner): 18:30-21:00', '  Meal tickets: 5 kwa kila mlo (per meal).', '',
  ].join('\n'));
  assert.deepEqual(x.food.map((f) => f.name), ['Mama Pika Kitchen', 'Mama Pika Kitchen']);
  assert.deepEqual(x.food.map((f) => f.guestCount), [5, 5]);
  assert.ok(x.food.every((f) => f.address === 'the artists\' food tent behind the main stage'), JSON.stringify(x.food));
});

test('a ride\'s remark naming its driver by first name and number gives the driver as a contact', async () => {
  const x = await extracted([
    'Време\tАктивност\tМесто\tНапомена',
    '15:00\tТрансфер хотел → клуб\tхотел Сино → клуб Црвено\tкомбе на Организаторот, возач Трајче, +389 71 234 567',
    '16:00\tИстовар\tклуб Црвено\t—',
  ].join('\n'));
  const c = x.contacts.find((k) => k.name === 'Трајче');
  assert.equal(c?.role, 'возач');
  assert.equal(c?.phone, '+38971234567');
});
