/**
 * A headerless tab-separated crew block of a Nepali day sheet (role with the company in
 * brackets, a name without capitals, phones in either digit system), Urdu "Name – Role: phone، e-mail" lines,
 * a signature with a quoted nickname over a newer title than an older quoted contact list, a Russian
 * signature under "С уважением," and a "contact of the promoter (company)" label, Uzbek roles in brackets
 * with a company in guillemets, and a bilingual box-office row of a contacts table.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { withNicknames } from '../../src/understand/sections/contact-nickname.js';

const contacts = async (text: string) => (await understand([extractPastedText(text)])).extracted.contacts;
const byName = (list: { name: string | null }[], name: string) => list.find((c) => c.name === name);

test('a headerless Nepali crew block: role (company), a name without capitals, the role cell run into the name', async () => {
  const text = [
    'दैनिक तालिका / DAY SHEET', 'मिति\t: शुक्रबार, ५ नोभेम्बर २०२७', 'कलाकार / Artist : Pale Rivers', 'स्थान / Venue : Lakeside Hall',
    'ठेगाना\t: Lakeside Road, Pokhara 33700, Nepal', '',
    'सम्पर्क / Local crew',
    'प्रमोटर (हिमाल साउन्ड)\tबिनोद राई\t9841-223344\tbinod@himalsound.example.com.np',
    'स्टेज म्यानेजर (Lakeside Hall) सुमन गुरुङ\t9803-556677',
    'चालक\tराजु तामाङ\t९८४९-११२२३३',
    'TM (Pale Rivers)\tAnna Holt\t+44 7700 900123\tanna@palerivers.example.co.uk',
  ].join('\n');
  const list = await contacts(text);
  const promoter = byName(list, 'बिनोद राई');
  assert.equal(promoter?.role, 'प्रमोटर');
  assert.equal(promoter?.company, 'हिमाल साउन्ड');
  const stage = byName(list, 'सुमन गुरुङ');
  assert.equal(stage?.role, 'स्टेज म्यानेजर');
  assert.equal(stage?.company, 'Lakeside Hall');
  assert.equal(byName(list, 'राजु तामाङ')?.phone, '+9779849112233');
  assert.equal(byName(list, 'Anna Holt')?.role, 'TM');
  assert.equal(byName(list, 'Anna Holt')?.company, 'Pale Rivers');
});

test('Urdu contact lines: name – role (company): phone، e-mail, a driver by one name', async () => {
  const text = [
    'شو: Pale Rivers', 'تاریخ: 12 March 2027', 'مقام: Seaside Hall, Clifton, Karachi 75600, Pakistan', '',
    '■ رابطے',
    'سارہ خان – پروڈکشن منیجر (Seaside Hall): 0301-1234567، sara@seasidehall.example.pk',
    'طارق – ڈرائیور: ۰۳۰۰-۷۶۵۴۳۲۱',
  ].join('\n');
  const list = await contacts(text);
  const sara = byName(list, 'سارہ خان');
  assert.equal(sara?.role, 'پروڈکشن منیجر');
  assert.equal(sara?.company, 'Seaside Hall');
  assert.equal(sara?.phone, '+923011234567');
  assert.equal(sara?.email, 'sara@seasidehall.example.pk');
  assert.equal(byName(list, 'طارق')?.role, 'ڈرائیور');
});

test('a quoted nickname names the person as they go by, offsets kept', () => {
  const text = 'Roberto "Bobby" Lim\nHead of Talent';
  const out = withNicknames(text);
  assert.equal(out.length, text.length);
  assert.equal(out.trim().split('\n')[0], 'Bobby Lim');
});

test('a signature with a nickname gives the title; an older quoted contact list adds its people', async () => {
  const text = [
    'From: Bobby Lim <bobby@kantalive.example.ph>', 'To: Kim Ash <kim@ashband.example.com>', 'Subject: Re: Cebu advance', '',
    'Hi Kim, all set for Saturday.', '',
    'Bobby', '', '--',
    'Roberto "Bobby" Lim',
    'Head of Bookings | Kanta Events Inc.',
    'M: +63 918 555 0101',
    'bobby@kantalive.example.ph',
    'Unit 3, Coral Bldg., 12 Mango Ave., Cebu City', '',
    '> CONTACTS',
    '> Bobby Lim – promoter – +63 918 555 0101',
    '> Rico Tan – FOH engineer, Coral Hall – 0917 555 0147',
  ].join('\n');
  const list = await contacts(text);
  const bobby = byName(list, 'Bobby Lim');
  assert.equal(bobby?.role, 'Head of Bookings');
  assert.ok(!list.some((c) => /Bldg/.test(c.name ?? '')), JSON.stringify(list));
  assert.equal(byName(list, 'Rico Tan')?.company, 'Coral Hall');
});

test('a Russian signature under "С уважением," and a label naming the promoter company in brackets', async () => {
  const text = [
    'From: Booking <booking@skyhotel.example.kg>', 'To: Kim Ash <kim@ashband.example.com>', 'Subject: Подтверждение брони', '',
    'Рады подтвердить вашу бронь на три ночи.',
    'Контакт промоутера (ОсОО «Тоо Саунд»): Азамат Бекович, продюсер, +996 700 98 76 54.', '',
    'С уважением,',
    'Гульнара Асанова',
    'Менеджер по бронированию',
    'Sky Hotel Bishkek',
    'моб.: +996 700 12 34 56',
    'g.asanova@skyhotel.example.kg', '', '--',
    'ОсОО «Скай Отель» · ул. Токтогула, 1, Бишкек',
  ].join('\n');
  const list = await contacts(text);
  const producer = byName(list, 'Азамат Бекович');
  assert.equal(producer?.role, 'продюсер');
  assert.equal(producer?.company, 'ОсОО «Тоо Саунд»');
  assert.equal(byName(list, 'Гульнара Асанова')?.role, 'Менеджер по бронированию');
});

test('Uzbek roles in brackets after the name; the company in guillemets by the e-mail domain', async () => {
  const text = [
    'Shartnoma · «Tong Sado» MChJ', '',
    'Buyurtmachi vakili: Dilnoza Ergasheva (festival prodyuseri), telefon: +998 93 111 22 33, e-mail:',
    'dilnoza@tongsado.example.uz;',
  ].join('\n');
  const d = byName(await contacts(text), 'Dilnoza Ergasheva');
  assert.equal(d?.role, 'festival prodyuseri');
  assert.equal(d?.company, '«Tong Sado» MChJ');
});

test('a bilingual box-office row of a contacts table is no person', async () => {
  const text = [
    'KONTAKTE / CONTACTS', '',
    'Naam / Name\tRol / Role\tFirma / Company\tSelfoon / Cell\tE-pos / Email',
    'Lize Meyer\tPromotor / Promoter\tVonk Live\t082 555 0199\tlize@vonklive.example.co.za',
    'Kaartjiekantoor / Box office\t\tDie Skuur\t021 555 0100\tkaartjies@dieskuur.example.co.za',
  ].join('\n');
  const list = await contacts(text);
  assert.ok(byName(list, 'Lize Meyer'));
  assert.equal(list.length, 1, JSON.stringify(list));
});
