import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Activity, Contact, Deal, DocumentEntry, General, Technical } from '../../src/interfaces.js';
import type { Draft } from '../../src/understand/found.js';
import { extract as activities } from '../../src/understand/sections/activities.js';
import { extract as contacts } from '../../src/understand/sections/contacts.js';
import { extract as deal } from '../../src/understand/sections/deal.js';
import { extract as documents } from '../../src/understand/sections/documents.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { extract as technical } from '../../src/understand/sections/technical.js';
import { context, file, pasted, textFile } from './helpers.js';

const values = <T>(d: Draft<T> | undefined) =>
  Object.fromEntries(Object.entries(d ?? {}).map(([k, v]) => [k, (v as { value: unknown }).value]));

test('general: labelled show details, address → city and country, times from the schedule', async () => {
  const source = await textFile('imports/club-show/contract.txt');
  const [draft] = general(context([source]));
  assert.deepEqual(values<General>(draft), {
    artist: 'Marrow Lanterns', eventName: 'Winter Lights Tour 2026', venue: 'Zollhaus Bühne',
    address: 'Rheinweg 12, 79539 Lörrach', city: 'Lörrach', country: 'DE', date: '2026-03-06',
    doorsTime: '19:30', setTime: '21:00', setLengthMinutes: 70, soundcheckTime: '17:15', curfewTime: '23:30',
  });
  for (const f of Object.values(draft!)) {
    const { span, value } = f as { span: [number, number] | null; value: unknown };
    if (span && typeof value === 'string' && ['artist', 'venue'].includes('')) assert.equal(source.text.slice(...span), value);
  }
  assert.equal(source.text.slice(...draft!.venue!.span!), 'Zollhaus Bühne');
});

test('general: prose — venue sentence, relative date against the chat\'s date, set length', () => {
  const chat = [
    '[10/03/2026, 14:02] Ana Ruiz: Confirming Madrid for Marrow Lanterns on Thursday 26 March',
    '[10/03/2026, 14:03] Ana Ruiz: Venue is Sala Uno, Calle Mayor 5, 28013 Madrid',
    '[10/03/2026, 14:04] Ana Ruiz: load in 16h, soundcheck 17:30, doors 20:00',
    '[10/03/2026, 14:05] Ana Ruiz: you are on at 9.30pm for 60 min, curfew 23:30 strict',
  ].join('\n');
  const [draft] = general(context([pasted(chat)]));
  assert.deepEqual(values<General>(draft), {
    artist: 'Marrow Lanterns', venue: 'Sala Uno', address: 'Calle Mayor 5, 28013 Madrid', city: 'Madrid', country: 'ES', date: '2026-03-26',
    doorsTime: '20:00', setTime: '21:30', setLengthMinutes: 60, soundcheckTime: '17:30', curfewTime: '23:30',
  });
});

test('general: a hotel confirmation describes no show', () => {
  assert.deepEqual(general(context([pasted('Hotel Strand\nCheck-in: 12 July 2026 from 15:00\nCheck-out: 13 July 2026')])), []);
});

test('deal: fee, currency, type, deposit, terms and notes in the deal block', async () => {
  const [draft] = deal(context([await textFile('imports/club-show/contract.txt')]));
  assert.deepEqual(values<Deal>(draft), {
    fee: 3200, currency: 'EUR', dealType: 'guarantee_vs_percentage', depositPercent: 30,
    paymentTerms: '30% deposit on signature, balance in cash on the night', notes: '8 guest list places.',
  });
  const [prose] = deal(context([pasted('Just confirming the fee of SEK 40,000 as agreed, flat.')]));
  assert.deepEqual(values<Deal>(prose), { fee: 40000, currency: 'SEK', dealType: 'flat' });
});

test('activities: day sheet rows with dates carried down, routes, lengths and band names as sets', async () => {
  const csv = 'Date\tTime\tWhat\tDetails\n12/07/2026\t12:30\tBus call\tHotel Strand → festival site\n\t17:30\tDoors\t\n\t18:20\tMarrow Lanterns\tLakeside Stage, 50 min\n';
  const drafts = activities(context([pasted(csv)], {}));
  assert.deepEqual(drafts.map((d) => values<Activity>(d)), [
    { name: 'Bus call', kind: 'transfer', startTime: '12:30', date: '2026-07-12', location: 'Hotel Strand', destination: 'festival site' },
    { name: 'Doors', kind: 'doors', startTime: '17:30', date: '2026-07-12' },
    { name: 'Marrow Lanterns', kind: 'set', startTime: '18:20', date: '2026-07-12', location: 'Lakeside Stage' },
  ]);
});

test('activities: meals, hotel check-in and flights are not activities', () => {
  const drafts = activities(context([pasted('12:00 Hotel check-in\n18:00 Dinner at venue\n08:45 Flight SK 1677\n13:00 Load-in')]));
  assert.deepEqual(drafts.map((d) => d.name!.value), ['Load-in']);
});

test('contacts: tables, labelled lines, signatures and prose; phones by the e-mail\'s country', async () => {
  const fromCsv = contacts(context([await file('imports/club-show/crew.csv')]));
  assert.equal(fromCsv.length, 3);
  assert.deepEqual(values<Contact>(fromCsv[2]), {
    name: 'Greta Aalto', email: 'greta@zollhaus.example.de', phone: '+4976215550190', role: 'Promoter', company: 'Zollhaus Kultur GmbH',
  });
  const mail = [
    'Our stage manager on the day is Paul Ritter, 07621 555 0144, paul@zollhaus.example.de.',
    'The hotel reception is on +49 7621 555 0100.',
    '', 'Best,', 'Greta', '', 'Greta Aalto | Booking | Zollhaus Kultur GmbH', '+49 7621 555 0190 | greta@zollhaus.example.de',
  ].join('\n');
  const found = contacts(context([pasted(mail)]));
  assert.deepEqual(found.map((d) => values<Contact>(d)).sort((a, b) => String(a['name']).localeCompare(String(b['name']))), [
    { name: 'Greta Aalto', role: 'Booking', company: 'Zollhaus Kultur GmbH', phone: '+4976215550190', email: 'greta@zollhaus.example.de' },
    { name: 'Paul Ritter', role: 'Stage manager', company: 'Zollhaus Kultur GmbH', phone: '+4976215550144', email: 'paul@zollhaus.example.de' },
  ]);
});

test('contacts: ticket numbers and dates are not phone numbers', () => {
  assert.deepEqual(contacts(context([pasted('Passenger Tove Lind, e-ticket 220-2416678123, 12/07/2026')])), []);
});

test('technical: a rider\'s headed paragraphs and labels, nothing from a day sheet', () => {
  const rider = 'Technical Rider\n\nBackline\nPromoter provides a drum kit with hardware.\n\nLighting\nHouse rig with haze.\n\nStage: 8 m x 6 m';
  const [draft] = technical(context([pasted(rider)]));
  assert.deepEqual(values<Technical>(draft), {
    backline: 'Promoter provides a drum kit with hardware.', lighting: 'House rig with haze.', stage: '8 m x 6 m',
  });
  assert.deepEqual(technical(context([pasted('Day sheet\nStage: Main stage\n19:00 Doors')])), []);
});

test('documents: categorised by content; a reply e-mail is correspondence; pasted text is never listed', async () => {
  const contract = await textFile('imports/club-show/contract.txt');
  const crew = await file('imports/club-show/crew.csv');
  const drafts = documents(context([contract, crew, pasted('Fee: EUR 100')]));
  assert.deepEqual(drafts.map((d) => values<DocumentEntry>(d)), [
    { fileName: 'contract.txt', category: 'contract', mimeType: 'text/plain', sizeBytes: contract.sizeBytes },
    { fileName: 'crew.csv', category: 'contact_sheet', mimeType: 'text/csv', sizeBytes: crew.sizeBytes },
  ]);
});

test('contacts: an e-mail domain names the company written in the document; desks are not people', () => {
  const letter = [
    'Grachtklank B.V. · Prinsengracht 200, 1016 HF Amsterdam',
    '',
    'For the day please call our production manager, Joost Vermeer, on +31 6 5550 4477 or joost@grachtklank.example.nl.',
    'The hotel is at 14 Quay Street, +44 113 496 0555, stay@quayhotel.example.com.',
  ].join('\n');
  assert.deepEqual(contacts(context([pasted(letter)])).map((d) => values<Contact>(d)), [{
    name: 'Joost Vermeer', role: 'Production manager', company: 'Grachtklank B.V.', phone: '+31655504477', email: 'joost@grachtklank.example.nl',
  }]);
});

test('deal and general: terms after the fee in prose; a set label holding a length', () => {
  const [d] = deal(context([pasted('The fee is EUR 2,250.00 as a flat fee, payable by bank transfer within 5 days of the show.')]));
  assert.deepEqual(values<Deal>(d), { fee: 2250, currency: 'EUR', dealType: 'flat', paymentTerms: 'payable by bank transfer within 5 days of the show' });
  const [g] = general(context([pasted('Künstler: Marrow Lanterns\nDatum: 22. März 2026\nBeginn: 20:00 Uhr\nSpielzeit: 90 Minuten')]));
  assert.equal(g!.setLengthMinutes!.value, 90);
  assert.equal(g!.setTime!.value, '20:00');
});
