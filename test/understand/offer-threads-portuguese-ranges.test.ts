/**
 * Offer and advance threads: Portuguese clock ranges ("16h às 17h15"), a corrected check said in prose, the show's
 * day against a hotel's leaving day, a counter-offer in a middle message of the thread, the act in an "OFFER - X -
 * City" subject, a moved running order listed after an introducing dash, initials marking inline replies, a
 * labelled hospitality buyout, Portuguese signatures (closings, "Produtor | Company"), an American "o: … | c: …"
 * signature, a role named with its owner ("their TM"), a Portuguese sentence placing the venue ("fica na Rua …, 88"),
 * a set restated by a newer message that keeps the length the older row gave it, and a Portuguese payment sentence
 * opening with the deposit ("O adiantamento de 30% (R$ 6.000,00) … e o saldo …"), a dinner booked "no Bar Azul",
 * and a booking's number after "número da reserva".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { understand } from '../../src/understand/index.js';
import { showDateOf } from '../../src/understand/sections/show-date.js';
import { bookingReferences } from '../../src/understand/sections/travel/phrases.js';
import { pasted, scheduleItems } from './helpers.js';

/** Pasted text read as a mail with the given header date and subject. */
function mail(text: string, date: string, subject = ''): ExtractedSource {
  return { ...pasted(text), metadata: { date, subject } };
}


/** A short promoter mail for a show on Saturday 14 May 2027: the line given, then a two-row schedule. */
const promoterMail = (line: string): string => [
  'Olá Lia,', '', 'Show no sábado, 14 de maio de 2027.', '', line,
  '', 'Cronograma:', '14h – Carga', '20h – Abertura da casa', '', 'Abraço,', 'Caio',
].join('\n');

test('Portuguese joins a range with "às" or "até": rows and prose keep both ends', () => {
  const rows = scheduleItems('Programação:\n13h – Carga\n15h às 16h30 – Passagem de som\n19h até 19h40 – Show de abertura', ['end']);
  assert.deepEqual(rows.find((r) => r.kind === 'soundcheck'), { name: 'Passagem de som', kind: 'soundcheck', start: '15:00', end: '16:30' });
  const prose = scheduleItems('Só um ajuste: a passagem de som fica das 18h às 19h15, o resto continua igual.', ['end']);
  assert.deepEqual(prose.find((r) => r.kind === 'soundcheck'), { name: 'Passagem de som', kind: 'soundcheck', start: '18:00', end: '19:15' });
});

test('the show day outweighs a hotel leaving day written with its hour and a weekday before a bracketed date', () => {
  const text = [
    'Show: 12/11/2027 at the Grain Hall.',
    'Load-in Friday (12/11) from 14:00.',
    'Hotel check-in Thursday (11/11), check-out by 11h on Saturday (13/11).',
    'Saturday (13/11) the van leaves the hotel at 9h.',
  ].join('\n');
  assert.equal(showDateOf(mail(text, '2027-11-01T10:00:00Z'))?.value, '2027-11-12');
});

const COUNTER_THREAD = [
  'Contract is signed and back with you, deposit goes out Friday.',
  '',
  'From: Mara Quill <mara@agency.example.com>',
  'Sent: Monday, March 1, 2027 10:00 AM',
  'To: Theo Brand <theo@buyer.example.com>',
  'Subject: RE: Lantern Moth - offer',
  '',
  'We can accept $4,000 guarantee vs 80% of net. We cannot do the first number.',
  '',
  'From: Theo Brand <theo@buyer.example.com>',
  'Sent: Friday, February 26, 2027 4:00 PM',
  'To: Mara Quill <mara@agency.example.com>',
  'Subject: Lantern Moth - offer',
  '',
  'Date: Saturday, May 8, 2027',
  'Venue: The Grain Hall, 12 Mill Road, Tulsa, OK 74103',
  'Deal: $3,500 guarantee vs 80% of net, whichever is greater',
].join('\n');

test('a counter-offer in a newer quoted message beats the first offer quoted below it', async () => {
  const result = await understand([mail(COUNTER_THREAD, '2027-03-02T09:00:00Z', 'RE: OFFER - Lantern Moth - Tulsa OK - Sat 5/8/27')]);
  assert.equal(result.extracted.deal.fee, 4000);
  assert.equal(result.extracted.deal.currency, 'USD');
});

test('an "OFFER - Act - City" subject names the act', async () => {
  const result = await understand([mail(COUNTER_THREAD, '2027-03-02T09:00:00Z', 'RE: OFFER - Lantern Moth - Tulsa OK - Sat 5/8/27')]);
  assert.equal(result.extracted.general.artist, 'Lantern Moth');
});

test('a running order listed after an introducing dash in a prose sentence is read item by item', () => {
  const items = scheduleItems('We talked to the room this morning and are shifting everything by a quarter — support 20:15-20:45, Lantern Moth 21:15-22:45. Everything else as below.', ['end']);
  assert.deepEqual(items.find((i) => i.name === 'Lantern Moth'), { name: 'Lantern Moth', kind: 'set', start: '21:15', end: '22:45' });
  assert.ok(items.some((i) => i.kind === 'set' && i.start === '20:15' && i.end === '20:45'));
});

test('initials in square brackets mark an inline reply, not an item of the day', () => {
  const items = scheduleItems('3) LOAD-IN: any chance of 2:00?\n\n[TB]: 2:30 IS THE EARLIEST WE CAN DO, THE DOCK IS SHARED.', []);
  assert.ok(!items.some((i) => String(i.name).includes('[TB]')), JSON.stringify(items));
});

test('a label ending on "buyout" names the meal; the amount its value opens with is the terms', async () => {
  const text = 'OFFER\nDate: Saturday, May 8, 2027\nVenue: The Grain Hall, 12 Mill Road, Tulsa, OK 74103\nDeal: $3,500 guarantee\nHospitality buyout: $180 in lieu of rider catering\nLoad-in: 4:00 PM\nDoors: 7:00 PM\n';
  const result = await understand([pasted(text)]);
  assert.deepEqual(result.extracted.food.map((f) => [f.name, f.kind, f.notes]), [['Hospitality buyout', 'buyout', '$180']]);
});

test('a Portuguese signature after "Abraço," or "Beijinhos,": role, company and number are the writer\'s', async () => {
  const text = [
    'Olá Rita,', '', 'Seguem os horários do show no dia 14/05/2027.', '', 'Beijinhos,', 'Lia', '', 'Lia Moreira', 'Tour manager · Os Faróis', '+351 913 555 214', 'lia@osfarois.example.pt', '',
    'De: Caio Brandão <caio@norteproducoes.example.com.br>', 'Enviado: 2 de maio de 2027 10:00', 'Para: Lia Moreira <lia@osfarois.example.pt>', 'Assunto: advance', '',
    'Oi Lia,', '', 'Tudo certo para o show.', '', 'Abraço,', 'Caio', '', '--', 'Caio Brandão', 'Produtor | Norte Produções Artísticas', 'Cel.: +55 21 98555-3300', 'caio@norteproducoes.example.com.br',
  ].join('\n');
  const contacts = (await understand([mail(text, '2027-05-03T10:00:00Z')])).extracted.contacts;
  const lia = contacts.find((c) => c.name === 'Lia Moreira');
  assert.deepEqual([lia?.role, lia?.phone], ['Tour manager', '+351913555214']);
  const caio = contacts.find((c) => c.name === 'Caio Brandão');
  assert.deepEqual([caio?.role, caio?.company], ['Produtor', 'Norte Produções Artísticas']);
});

test('an "o: … | c: …" signature: the person is reached on the cell; "their TM" is the role TM', async () => {
  const text = [
    'Hi Theo,', '', 'Date: Saturday, May 8, 2027', 'Venue: The Grain Hall, 12 Mill Road, Tulsa, OK 74103', '', 'Advance with Jo Park (their TM: 918-555-0142, jo@lanternmoth.example.com) please.', '', 'Thanks!', 'Mara', '',
    'Mara Quill', 'Agent | Quill Artists', 'o: 615.555.0190 | c: 615.555.0177', 'mara@quillartists.example.com',
  ].join('\n');
  const contacts = (await understand([mail(text, '2027-03-02T09:00:00Z')])).extracted.contacts;
  assert.equal(contacts.find((c) => c.name === 'Mara Quill')?.phone, '+16155550177');
  assert.equal(contacts.find((c) => c.name === 'Jo Park')?.role, 'TM');
});

test('"A casa fica na Rua …, 88 – Bairro, Cidade – UF, CEP": the show\'s address, its city and country', async () => {
  const text = 'Olá Lia,\n\nTudo certo para o show de sábado, 14 de maio de 2027.\n\nA casa fica na Rua das Palmeiras, 410 – Centro, Belo Horizonte – MG, 30120-010. Capacidade 500 pessoas.\n\nCronograma:\n14h – Carga\n20h – Abertura da casa\n\nAbraço,\nCaio';
  const general = (await understand([pasted(text)])).extracted.general;
  assert.deepEqual([general.address, general.city, general.country], ['Rua das Palmeiras, 410 – Centro, Belo Horizonte – MG, 30120-010', 'Belo Horizonte', 'BR']);
});

test('a newer message restating the set\'s time keeps the length the quoted row gave it', () => {
  const text = 'Hi Jo,\n\nThe other times stay as they were: doors 20:00 and you\'re on at 22:00.\n\nBest,\nTheo\n\n> Running order:\n> 20:00 – Doors\n> 22:00 – Lantern Moth (80 min)\n';
  const set = scheduleItems(text, ['length']).find((i) => i.kind === 'set');
  assert.deepEqual([set?.start, set?.length], ['22:00', 80]);
});

test('"O adiantamento de 30% (R$ 6.000,00) … e o saldo …": the payment terms and the deposit\'s share', async () => {
  const text = promoterMail('Cachê: fechamos R$ 20.000,00 líquidos, cachê fixo. O adiantamento de 30% (R$ 6.000,00) já foi transferido e o saldo será pago no dia do show. Qualquer dúvida me chama.');
  const deal = (await understand([pasted(text)])).extracted.deal;
  assert.equal(deal.paymentTerms, 'O adiantamento de 30% (R$ 6.000,00) já foi transferido e o saldo será pago no dia do show.');
  assert.equal(deal.depositPercent, 30);
});

test('"reservei mesa … no Bar Azul": the dinner is at the named place', async () => {
  const text = promoterMail('Jantar de sábado (14/05): reservei mesa para 6 pessoas às 18h30 no Bar Azul, perto da casa.');
  const food = (await understand([pasted(text)])).extracted.food;
  assert.deepEqual(food.map((f) => [f.name, f.time, f.guestCount]), [['Bar Azul', '18:30', 6]]);
});

test('"número da reserva XYZ-123" (de + a contracted) labels a booking reference', () => {
  assert.deepEqual(bookingReferences('Reserva confirmada, 3 quartos, número da reserva HTL-550912-04. Check-in às 14h.').map((r) => r.value), ['HTL-550912-04']);
});
