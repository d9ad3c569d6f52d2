/**
 * A Russian-language contract (labels, dates, the tenge, its
 * rider's areas, its hotel clause, its party headings) and a booking app's card of its one stay with
 * an upsell block of other lodgings after it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { normaliseMoney } from '../../src/understand/normalise/index.js';
import { categorise } from '../../src/understand/sections/documents.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

const CONTRACT = [
  'ДОГОВОР No 14/27', '', 'на проведение концерта', '',
  '1.1. Агент обеспечивает выступление группы Paper Lantern в рамках концертной серии «Осенний Ветер 2027».', '',
  '1.2. Дата выступления: пятница, 12 ноября 2027 г.', '',
  '1.3. Место проведения: концертный клуб «Северный Свет», ул. Лесная, 14, г. Караганда, 100012, Республика Казахстан.', '',
  '3.1. Гонорар Агента за выступление Артиста составляет 1 200 000 (один миллион двести тысяч) тенге, без НДС. Гонорар является фиксированным.', '',
  '3.2. Порядок оплаты: предоплата 30% в течение 3 банковских дней; остаток — после концерта.', '',
  '3.5. Прочие условия: Артист вправе продавать мерч.', '',
  '4.2. Проживание. Организатор бронирует проживание в отеле «Тихая Гавань» 3* (пр. Мира, 8, г. Караганда, тел. +7 7212 40 11 22): 1 (один) двухместный номер и 2 (два) одноместных номера, всего 3 (три) номера. Заезд — 11 ноября 2027 г. с 14:00; выезд — 13 ноября 2027 г. до 11:00. Номер бронирования: TG-5521. Завтрак включён.', '',
  '6. КОНТАКТНЫЕ ЛИЦА', '',
  'Со стороны Организатора (ТОО «Степь Концерт»):', '',
  '– продюсер проекта: Ольга Смирнова, +7 701 111 22 33, olga@step.example.kz;', '',
  '– трансферы (ИП «Орлов К.», подрядчик Организатора): Кирилл Орлов, 8 705 333 44 55.', '',
  'Со стороны Артиста (Paper Lantern):', '',
  '– тур-менеджер: Sam Reed, +353 87 111 2222, sam@lantern.example.ie.', '',
  'Приложение No 1', '', 'ТЕХНИЧЕСКИЙ РАЙДЕР', '',
  'Сцена: не менее 6 × 4 м.', '', 'Звук: пульт FOH Yamaha CL5.', '', 'Свет: 6 LED PAR.', '',
  'Бэклайн (предоставляет Организатор): ударная установка Pearl Export.', '',
  'Электропитание: 32 А, сцена справа.',
].join('\n');

test('a Russian contract: date, venue in guillemets after its kind words, address, city, country, series', async () => {
  const { general } = await extracted(CONTRACT);
  assert.equal(general.date, '2027-11-12');
  assert.equal(general.venue, 'Северный Свет');
  assert.equal(general.address, 'ул. Лесная, 14, г. Караганда, 100012, Республика Казахстан');
  assert.equal(general.city, 'Караганда');
  assert.equal(general.country, 'KZ');
  assert.equal(general.eventName, 'Осенний Ветер 2027');
  assert.equal(categorise(extractPastedText(CONTRACT)), 'contract');
});

test('a Russian fee clause: the amount spelled out in brackets before "тенге", a flat fee, the deposit, other terms', async () => {
  const { deal } = await extracted(CONTRACT);
  assert.equal(deal.fee, 1200000);
  assert.equal(deal.currency, 'KZT');
  assert.equal(deal.dealType, 'flat');
  assert.equal(deal.depositPercent, 30);
  assert.equal(deal.notes, 'Артист вправе продавать мерч.');
});

test('the tenge, rouble and hryvnia by their signs and words', () => {
  assert.deepEqual(normaliseMoney('1 350 000 ₸'), { amount: 1350000, currency: 'KZT' });
  assert.deepEqual(normaliseMoney('150 000 руб.'), { amount: 150000, currency: 'RUB' });
  assert.deepEqual(normaliseMoney('48 000 грн'), { amount: 48000, currency: 'UAH' });
  assert.deepEqual(normaliseMoney('18 000 (eighteen thousand) EUR'), { amount: 18000, currency: 'EUR' });
});

test("a Russian hotel clause: the hotel in guillemets, its address and phone in brackets, the total of rooms, check-in and out", async () => {
  const [hotel] = (await extracted(CONTRACT)).hotels;
  assert.equal(hotel?.name, 'Тихая Гавань');
  assert.equal(hotel?.address, 'пр. Мира, 8, г. Караганда');
  assert.equal(hotel?.phone, '+77212401122');
  assert.equal(hotel?.rooms, 3);
  assert.equal(hotel?.checkInDate, '2027-11-11');
  assert.equal(hotel?.checkInTime, '14:00');
  assert.equal(hotel?.checkOutTime, '11:00');
  assert.equal(hotel?.bookingReference, 'TG-5521');
});

test("a Russian rider's areas under a technical heading", async () => {
  const { technical } = await extracted(CONTRACT);
  assert.equal(technical.stage, 'не менее 6 × 4 м.');
  assert.equal(technical.sound, 'пульт FOH Yamaha CL5.');
  assert.equal(technical.lighting, '6 LED PAR.');
  assert.equal(technical.backline, 'ударная установка Pearl Export.');
  assert.match(technical.other ?? '', /^Электропитание: 32 А/);
});

test("Russian roles, and the company a party heading names in brackets", async () => {
  const { contacts } = await extracted(CONTRACT);
  const olga = contacts.find((c) => c.name === 'Ольга Смирнова');
  assert.equal(olga?.role, 'продюсер проекта');
  assert.equal(olga?.company, 'ТОО «Степь Концерт»');
  const kirill = contacts.find((c) => c.name === 'Кирилл Орлов');
  assert.equal(kirill?.role, 'трансферы');
  assert.equal(kirill?.company, 'ИП «Орлов К.»', "a contractor's own company in its item's bracket");
  const sam = contacts.find((c) => c.name === 'Sam Reed');
  assert.equal(sam?.role, 'тур-менеджер');
  assert.equal(sam?.company, 'Paper Lantern');
});

test('a Russian schedule: warm-up set, load-in, transfer', async () => {
  const { activities } = await extracted([
    'ГРАФИК ДНЯ', '',
    'Дата\tВремя\tМероприятие\tПримечание',
    '12.11.2027\t15:00\tЗаезд и монтаж оборудования\tслужебный вход',
    '12.11.2027\t19:45–20:15\tЛесные Тени (разогрев)\t—',
    '12.11.2027\t23:30\tТрансфер клуб – отель\t—',
  ].join('\n'));
  assert.deepEqual(activities.map((a) => a.kind), ['load_in', 'set', 'transfer']);
});

const BOOKING = [
  'Booking confirmed: Hotel Lindenhof Garten, Strasbourg · 10–12 Dec 2027', '',
  'Your booking is confirmed, Mia!', 'Booking number: 4410 228 913', 'Hotel Lindenhof Garten ★★★', '',
  'Address\t7 Rue des Tilleuls, 67000 Strasbourg, France', 'Phone\t+33 3 88 11 22 33', '',
  'Check-in', 'Fri 10 Dec 2027', 'from 14:00 to 22:00', 'Check-out', 'Sun 12 Dec 2027', 'from 06:00 to 10:30', '',
  'Your booking\t2 rooms · 2 adults', '', 'Room 1 · Single Room', '', 'Guest name\tMia Forsberg', 'Meals\tBreakfast included', '',
  'Room 2 · Single Room', '', 'Guest name\tTom Ekdahl', 'Meals\tBreakfast included', '',
  'Other properties you may like', 'Hôtel Gare Centrale', '3 Place de la Gare, 67000 Strasbourg', 'Check-in from 13:00 · Kitchenette', 'from €85 / night',
].join('\n');

test("a booking app's card of one stay: stacked check-in/out hours, guests, rooms, board; the upsell offers no stay", async () => {
  const { hotels } = await extracted(BOOKING);
  assert.equal(hotels.length, 1);
  const [hotel] = hotels;
  assert.equal(hotel?.name, 'Hotel Lindenhof Garten');
  assert.equal(hotel?.checkInTime, '14:00');
  assert.equal(hotel?.checkOutTime, '10:30');
  assert.equal(hotel?.rooms, 2);
  assert.deepEqual(hotel?.guests, ['Mia Forsberg', 'Tom Ekdahl']);
  assert.equal(hotel?.notes, 'Breakfast included');
});
