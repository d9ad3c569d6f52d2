/**
 * A Kyrgyz/Russian hotel mail with an airline's per-passenger e-ticket, and a Khmer/English
 * hotel confirmation with a rider the promoter answered. Seats in an itinerary's seat column, bilingual
 * ticket labels, the Russian booking-code label, a Russian hotel confirmation's category, a ride block with
 * one route row, a schedule's requested column beside the confirmed one, side labels that are no role, and
 * Khmer digits.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFile, extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { latinDigits } from '../../src/understand/text/native-digits.js';
import { blankRequestedColumn } from '../../src/understand/text/requested-column.js';

const read = async (lines: string[]) => (await understand([extractPastedText(lines.join('\n'))])).extracted;

/** One receipt page of a bilingual e-ticket for one passenger. */
const receipt = (name: string, ticket: string, seats: [string, string]) => [
  'ELECTRONIC TICKET PASSENGER ITINERARY RECEIPT',
  `Passenger Name / Фамилия, имя пассажира\t${name}`,
  `Ticket Number / Номер билета\t${ticket}`,
  'Booking Reference (PNR) / Код бронирования\tW4ZP7Q',
  '',
  'Flight\tDate\tFrom\tTo\tDep\tArr\tClass\tStatus\tSeat',
  'Рейс\tДата\tОткуда\tКуда\tВылет\tПрилёт\tКласс\tСтатус\tМесто',
  `PC 512\t04MAR28\tANKARA (ESB)\tALMATY (ALA)\t22:40\t06:20 +1\tECONOMY\tOK\t${seats[0]}`,
  `PC 513\t08MAR28\tALMATY (ALA)\tANKARA (ESB)\t08:05\t10:55\tECONOMY\tOK\t${seats[1]}`,
  '',
];

test('a per-passenger e-ticket: each name from its own page, seats from the seat column, the Russian booking-code label', async () => {
  const flights = (await read([...receipt('ORHAN/BURAK MR', '624 3319004512', ['14C', '9A']), ...receipt('YILMAZ/ECE MS', '624 3319004513', ['14D', '9B'])])).flights;
  assert.equal(flights.length, 2);
  assert.deepEqual(flights.map((f) => f.bookingReference), ['W4ZP7Q', 'W4ZP7Q']);
  assert.deepEqual(flights[0]!.passengers.map((p) => [p.name, p.seat, p.ticketNumber]), [['Burak Orhan', '14C', '6243319004512'], ['Ece Yilmaz', '14D', '6243319004513']]);
  assert.deepEqual(flights[1]!.passengers.map((p) => p.seat), ['9A', '9B']);
});

test('a Russian hotel confirmation mail is a hotel confirmation', async () => {
  const mail = [
    'From: Hotel Tengri <desk@tengri.example.kz>',
    'To: Ann Lee <ann@example.com>',
    'Subject: Подтверждение брони TG-5521',
    'Date: Mon, 07 Feb 2028 09:00:00 +0000',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'HOTEL TENGRI',
    'Номер бронирования: TG-5521',
    'Заезд: 04.03.2028, с 14:00',
    'Выезд: 06.03.2028, до 12:00',
    'Ночей: 2',
    'Гости: 2 взрослых',
    '',
  ].join('\r\n');
  const source = await extractFile({ bytes: Buffer.from(mail, 'utf8'), name: 'confirmation.eml' });
  const { documents } = (await understand([source])).extracted;
  assert.equal(documents[0]!.category, 'hotel_confirmation');
});

test('a ride block with one route row is a transfer; its date is the ride\'s, the show line dates the show', async () => {
  const out = await read([
    'ТРАНСФЕР',
    'Маршрут: вокзал Алматы-2 → гостиница',
    'Дата и время подачи: 04.03.2028, 07:10',
    'Примечание: машина стоит у выхода 3.',
    'Стоимость: 9 000 KZT',
    '',
    'Концерт: 05.03.2028, Dombra Loft, ул. Жибек Жолы 15, Алматы.',
  ]);
  const ride = out.activities.find((a) => a.kind === 'transfer');
  assert.deepEqual(ride && [ride.date, ride.startTime, ride.location, ride.destination, ride.notes],
    ['2028-03-04', '07:10', 'вокзал Алматы-2', 'гостиница', 'машина стоит у выхода 3.']);
  assert.equal(out.general.date, '2028-03-05');
});

test('a schedule with the act\'s requested times beside the confirmed ones keeps only the confirmed', async () => {
  const table = ['Item\tAsked by band\tConfirmed time', 'Get-in\t12:00\t11:30', '', 'Soundcheck\t15:00 – 16:00\t15:30 – 16:15', 'Thanks.'].join('\n');
  assert.equal(blankRequestedColumn(table), ['Item\tAsked by band\tConfirmed time', 'Get-in\t     \t11:30', '', 'Soundcheck\t             \t15:30 – 16:15', 'Thanks.'].join('\n'));
  const items = (await read([
    'Date\tSaturday 11 March 2028',
    'Venue\tRiverside Depot',
    '',
    'Item\tRequested by band\tConfirmed time',
    'Load-in\t13:00\t12:30',
    'Soundcheck\t15:00 – 16:00\t15:30 – 16:15',
    'Doors\t20:00\t19:30',
  ])).activities;
  assert.deepEqual(items.map((i) => [i.kind, i.startTime, i.endTime]), [['load_in', '12:30', null], ['soundcheck', '15:30', '16:15'], ['doors', '19:30', null]]);
});

test('"Tour contact:" and a "PROMOTER RESPONSE:" box name no role: the job is in the answer', async () => {
  const contacts = (await read([
    'Tour contact: Rosa Vint – Tour Manager, Vint Mgmt – +44 20 7946 0412 – rosa@vintmgmt.example.co.uk',
    'PROMOTER RESPONSE: Dara Sok – Promoter, Blue Delta Live – +855 12 334 901 – dara@bluedelta.example.com',
  ])).contacts;
  assert.deepEqual(contacts.map((c) => [c.name, c.role]), [['Rosa Vint', 'Tour Manager'], ['Dara Sok', 'Promoter']]);
});

test('Khmer digits read as ASCII digits, at the same length', () => {
  assert.equal(latinDigits('មុនម៉ោង ១១:៣០ · ០១២ ៤៤៥ ៦៧៨'), 'មុនម៉ោង 11:30 · 012 445 678');
});
