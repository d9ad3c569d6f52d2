/**
 * Vietnamese dates, labels, the đồng and cities; a day
 * banner titled in capitals; a venue box on one dotted line; block headings side by side; a tour
 * itinerary opening on a travel day.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { findDates, normaliseDate, normaliseMoney } from '../../src/understand/normalise/index.js';
import { countryOfVietnameseCity } from '../../src/understand/normalise/vietnamese-city.js';
import { labelKey } from '../../src/understand/text/index.js';
import { isHeadingBeside } from '../../src/understand/text/section-words.js';
import { isDayBanner } from '../../src/understand/sections/schedule-day-banner.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

test('a Vietnamese date: the day, "tháng" and its month number, "năm" and the year', () => {
  assert.equal(normaliseDate('Ngày diễn: Thứ Năm, ngày 3 tháng 6 năm 2027'), '2027-06-03');
  assert.equal(normaliseDate('Vào Th 4, 9 thg 6, 2027 lúc 08:15'), '2027-06-09');
});

test('a Vietnamese weekday or "ngày" before a year-less day and month makes it a date, day first', () => {
  const ref = new Date(Date.UTC(2027, 4, 20));
  assert.equal(normaliseDate('Chủ Nhật 6/6, 14h00', ref), '2027-06-06');
  assert.equal(normaliseDate('gửi ngày 02/06', ref), '2027-06-02');
  assert.equal(findDates('Hai 6/6', ref).length, 0, 'a number word alone is no weekday');
});

test('"VNĐ" and "₫" are the Vietnamese đồng', () => {
  assert.deepEqual(normaliseMoney('Thù lao / Fee: 120.000.000 VNĐ'), { amount: 120000000, currency: 'VND' });
  assert.deepEqual(normaliseMoney('85.000 ₫'), { amount: 85000, currency: 'VND' });
});

test('Vietnamese labels, glossed in English or alone, also with "đ" typed as "d"', () => {
  assert.equal(labelKey('Nhận phòng'), 'check_in');
  assert.equal(labelKey('Địa điểm'), 'venue');
  assert.equal(labelKey('Dia diem'), 'venue');
  assert.equal(labelKey('Mã đặt chỗ / PNR'), 'booking_reference');
  assert.equal(labelKey('Cát-xê'), 'fee');
});

test('a Vietnamese city after "TP." or "Thành phố" has its country', async () => {
  assert.equal(countryOfVietnameseCity('TP. Cần Thơ'), 'VN');
  assert.equal(countryOfVietnameseCity('Thành phố Đà Nẵng'), 'VN');
  assert.equal(countryOfVietnameseCity('Phường Bến Nghé'), null);
  const { general } = await extracted([
    'Nghệ sĩ / Artist: Lantern Ferry', 'Địa điểm / Venue: Nhà Hát Sông Hàn',
    'Địa chỉ / Address: 15 Bạch Đằng, Phường Hải Châu, TP. Đà Nẵng', 'Ngày diễn / Date: ngày 4 tháng 6 năm 2027',
    'Mở cửa / Doors: 19h00',
  ].join('\n'));
  assert.equal(general.date, '2027-06-04');
  assert.equal(general.country, 'VN');
});

test('a day banner titled in capitals with its date as the last part', () => {
  const line = '■ NGÀY ĐẾN / ARRIVAL – Thứ Năm, ngày 3 tháng 6 năm 2027';
  const d = findDates(line)[0]!;
  assert.equal(d.value, '2027-06-03');
  assert.ok(isDayBanner(line, d.index, d.length));
  assert.ok(!isDayBanner('Mixed Case Title – Thursday 3 June 2027', 21, 16), 'a title not in capitals is no banner');
});

test('"Hotel ⇥ Flights": a plural block word beside a heading is the next column\'s heading', () => {
  assert.ok(isHeadingBeside('Hotel', 'Flights'));
  assert.ok(isHeadingBeside('Hotel (night 1 of 3)', 'Flights'));
  assert.ok(!isHeadingBeside('Hotel', 'Flightsman Inn'));
});

test('"Venue" over one dotted line gives the venue, its address and country', async () => {
  const { general } = await extracted([
    'SHOW DAY', 'Schedule', '19:30\tDoors', '21:00 – 22:15\tHarrow Vale',
    '', 'Venue', 'Tidewater Hall · Bryggegata 12, 0250 Oslo · Norway', 'Capacity: 600 standing',
  ].join('\n'));
  assert.equal(general.venue, 'Tidewater Hall');
  assert.equal(general.address, 'Bryggegata 12, 0250 Oslo');
  assert.equal(general.city, 'Oslo');
  assert.equal(general.country, 'NO');
});

test('Vietnamese rides are transfers; "phút" is a length, no note', async () => {
  const { activities } = await extracted([
    'LỊCH TRÌNH / SCHEDULE – ngày 4 tháng 6 năm 2027', '',
    'Thời gian / Time\tNội dung / Item\tNơi / Where\tLưu ý / Notes',
    '11h15\tXe đưa đoàn đến venue\tKhách sạn Hoa Sen → Nhà Hát Sông Hàn',
    '16h00\tSoundcheck',
    '21h00 – 22h15\tLantern Ferry\t\t75 phút',
    '23h45\tXe đi sân bay\tNhà Hát Sông Hàn → Sân bay Đà Nẵng',
  ].join('\n'));
  const ride = activities.find((a) => a.startTime === '11:15')!;
  assert.equal(ride.kind, 'transfer');
  assert.equal(activities.find((a) => a.startTime === '23:45')!.kind, 'transfer');
  const set = activities.find((a) => a.startTime === '21:00')!;
  assert.equal(set.notes ?? null, null);
});

test('a contact line "Name – Role – number": the name first, then a role in any language', async () => {
  const { contacts } = await extracted([
    'Liên hệ',
    'Hoàng Minh Đức – Tài xế – +84 936 401 227 (có Zalo)',
    'Lena Fjord – Driver – +47 912 33 480',
  ].join('\n'));
  const driver = contacts.find((c) => c.name === 'Hoàng Minh Đức');
  assert.equal(driver?.role, 'Tài xế');
  assert.equal(driver?.phone, '+84936401227');
  assert.equal(contacts.find((c) => c.name === 'Lena Fjord')?.role, 'Driver');
});

test('an honorific in brackets after a signature\'s name is no company', async () => {
  const { contacts } = await extracted([
    'Hi Sam,', '', 'See you Friday.', '', '--', 'Linh Tran (Ms.)', 'Booking Manager', 'Riverlight Music Co., Ltd.',
    'M: +84 908 111 222', 'linh@riverlight.example.vn',
  ].join('\n'));
  assert.notEqual(contacts[0]?.company, 'Ms');
});
