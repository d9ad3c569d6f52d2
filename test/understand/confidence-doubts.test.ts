import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Activity, ConfidenceMap, ImportData } from '../../src/interfaces.js';
import { doubted, doubtsOf, hasUnknownLabels, withDoubts } from '../../src/understand/confidence/doubts.js';
import { factCoverage } from '../../src/understand/confidence/coverage.js';
import { fitDoubts, type DoubtedValue } from '../../src/understand/confidence/fit-doubts.js';
import { understand } from '../../src/understand/index.js';
import { extractPastedText } from '../../src/extract/index.js';

const activity = (name: string, kind: Activity['kind'], date: string, startTime: string): Activity =>
  ({ name, kind, date, startTime, endTime: null, location: null, destination: null, notes: null });

function importOf(over: Partial<ImportData>): ImportData {
  return {
    general: { date: '2027-03-14' }, deal: {}, technical: {}, hotels: [], flights: [], food: [], activities: [], contacts: [],
    documents: [], warnings: [], ...over,
  } as unknown as ImportData;
}

/** A confidence entry for every leaf named, all from one source. */
function confidenceOf(paths: string[], source = 'day-sheet.txt'): ConfidenceMap {
  return Object.fromEntries(paths.map((p) => [p, { score: 0.97, source, page: null, span: [0, 1], method: 'pattern' as const }]));
}

test('a list of many items of one kind, and an item days away from the show, are doubted; a lone one is not', () => {
  const sets = ['A', 'B', 'C', 'D', 'E'].map((n, i) => activity(`Band ${n}`, 'set', '2027-03-14', `${18 + i}:00`));
  const data = importOf({
    activities: [activity('Load-in', 'load_in', '2027-03-14', '12:00'), ...sets],
    hotels: [{ name: 'Hotel Sund', checkInDate: '2027-03-20', guests: [] }] as unknown as ImportData['hotels'],
  });
  const doubts = doubtsOf(data, confidenceOf(['general.date', 'activities[0].name', 'activities[1].name', 'activities[5].startTime', 'hotels[0].name']), []);
  assert.equal(doubts['general.date'], undefined);
  assert.equal(doubts['activities[0].name'], undefined);
  assert.deepEqual(doubts['activities[1].name'], ['kin:activities:4+']);
  assert.deepEqual(doubts['activities[5].startTime'], ['kin:activities:4+']);
  assert.deepEqual(doubts['hotels[0].name'], ['offDay:4-10']);
  const crowded = importOf({ contacts: Array.from({ length: 12 }, (_, i) => ({ name: `Ann ${'ABCDEFGHIJKL'[i]}berg`, email: `ann${i}@fjordfest.example` })) as unknown as ImportData['contacts'] });
  assert.deepEqual(doubtsOf(crowded, confidenceOf(['contacts[11].name']), [])['contacts[11].name'], ['crowd:9-15']);
});

test('an activity in the morning hours, and a person whose name reads as no person\'s, are doubted with all their fields', () => {
  const data = importOf({
    activities: [activity('Load-in', 'load_in', '2027-03-14', '03:30'), activity('Doors', 'doors', '2027-03-14', '19:30'), activity('Curfew', 'curfew', '2027-03-14', '00:30')],
    contacts: [{ name: 'Artist Desk', phone: '+4790011223', email: 'desk@fjordfest.example' }, { name: 'Ann Berg', phone: '+4790011224', email: 'ann@fjordfest.example' }] as unknown as ImportData['contacts'],
    flights: [{ passengers: [{ name: 'Tour Manager', seat: '4C' }, { name: 'Ola Nordmann', seat: '4D' }] }] as unknown as ImportData['flights'],
    hotels: [{ name: 'Hotel Sund', checkInDate: '2027-03-14', guests: ['Room 12', 'Kari Lund'] }] as unknown as ImportData['hotels'],
  });
  const paths = ['activities[0].startTime', 'activities[1].startTime', 'activities[2].startTime', 'contacts[0].phone', 'contacts[1].phone',
    'flights[0].passengers[0].seat', 'flights[0].passengers[1].seat', 'hotels[0].guests[0]', 'hotels[0].guests[1]', 'hotels[0].name'];
  const doubts = doubtsOf(data, confidenceOf(paths), []);
  assert.deepEqual(doubts['activities[0].startTime'], ['early']);
  // Evening items, and the small hours of the show night, are no morning.
  assert.equal(doubts['activities[1].startTime'], undefined);
  assert.equal(doubts['activities[2].startTime'], undefined);
  assert.deepEqual(doubts['contacts[0].phone'], ['person:unlike']);
  assert.equal(doubts['contacts[1].phone'], undefined);
  assert.deepEqual(doubts['flights[0].passengers[0].seat'], ['person:unlike']);
  assert.equal(doubts['flights[0].passengers[1].seat'], undefined);
  assert.deepEqual(doubts['hotels[0].guests[0]'], ['person:unlike']);
  assert.equal(doubts['hotels[0].guests[1]'], undefined);
  assert.equal(doubts['hotels[0].name'], undefined);
});

test('a meal, a contact without an e-mail and a long free text are doubted; a contact with one and short text are not', () => {
  const data = importOf({
    food: [{ name: 'Kantina Nord', kind: 'catering', date: '2027-03-14', time: '18:00' }] as unknown as ImportData['food'],
    contacts: [{ name: 'Ann Berg', phone: '+4790011224' }, { name: 'Kari Lund', phone: '+4790011225', email: 'kari@fjordfest.example' }] as unknown as ImportData['contacts'],
    deal: { paymentTerms: 'Half on signature, the balance in cash on the night after the show, against an invoice', notes: 'Net of VAT' } as unknown as ImportData['deal'],
  });
  const paths = ['food[0].name', 'food[0].time', 'contacts[0].name', 'contacts[0].phone', 'contacts[1].name', 'deal.paymentTerms', 'deal.notes'];
  const doubts = doubtsOf(data, confidenceOf(paths), []);
  assert.deepEqual(doubts['food[0].name'], ['meal']);
  assert.deepEqual(doubts['food[0].time'], ['meal']);
  assert.deepEqual(doubts['contacts[0].name'], ['contact:no-email']);
  assert.deepEqual(doubts['contacts[0].phone'], ['contact:no-email']);
  assert.equal(doubts['contacts[1].name'], undefined);
  assert.deepEqual(doubts['deal.paymentTerms'], ['long']);
  assert.equal(doubts['deal.notes'], undefined);
});

test('a source whose label lines the lexicon mostly does not know is unknown ground', () => {
  const known = 'Venue: Rosenhallen\nDate: 14 March 2027\nDoors: 19:00\nCurfew: 23:00\nContact: Ann Berg';
  // Words of no language: labels no lexicon will ever learn.
  const unknown = 'Vrelt: Rosenhallen\nDask ombra: 14 March 2027\nTumpil: 19:00\nOrsk: 23:00\nVenue: Rosenhallen';
  assert.equal(hasUnknownLabels(known), false);
  assert.equal(hasUnknownLabels(unknown), true);
  // Clock times and addresses are no labels; too few label lines say nothing.
  assert.equal(hasUnknownLabels('10:30 lunch\nhttps://example.org\nVrelt: Rosenhallen'), false);
  const data = importOf({});
  const doubts = doubtsOf(data, confidenceOf(['general.date'], 'vrelt.txt'), [{ name: 'vrelt.txt', text: unknown }]);
  assert.deepEqual(doubts['general.date'], ['labels:unknown', 'unfamiliar:general.date']);
});

test('coverage is the share of a source\'s times, dates, phones and e-mails that extracted values span', () => {
  const text = 'Get-in 11:30\nLinecheck 16:45\nDoors 19.30\nOn stage 21:10\nOff 22:40\nRunner +44 7700 900123\nMail ops@example.org';
  const at = (fact: string): [number, number] => [text.indexOf(fact), text.indexOf(fact) + fact.length];
  const entry = (span: [number, number]) => ({ score: 0.97, source: 'sheet.txt', page: null, span, method: 'label' as const });
  const twoOfSeven = { 'general.doorsTime': entry(at('19.30')), 'contacts[0].email': entry(at('ops@example.org')) };
  assert.equal(factCoverage(twoOfSeven, [{ name: 'sheet.txt', text }]).get('sheet.txt'), 2 / 7);
  // Too few facts say nothing; a source no value came from is covered not at all.
  assert.equal(factCoverage(twoOfSeven, [{ name: 'short.txt', text: 'Doors 19:30, on at 21:00' }]).get('short.txt'), null);
  assert.equal(factCoverage({}, [{ name: 'sheet.txt', text }]).get('sheet.txt'), 0);
});

test('a value read from a source whose facts went mostly unused is doubted, with its kind of field', () => {
  const text = ['Anreise 10:15', 'Aufbau 12:00', 'Essen 18:00', 'Einlass 19:00', 'Beginn 20:30', 'Ende 22:45'].join('\n');
  const entry = { score: 0.97, source: 'plan.txt', page: null, span: [text.indexOf('19:00'), text.indexOf('19:00') + 5] as [number, number], method: 'label' as const };
  const sparse = doubtsOf(importOf({}), { 'general.doorsTime': entry }, [{ name: 'plan.txt', text }]);
  assert.deepEqual(sparse['general.doorsTime'], ['cover:<25', 'unfamiliar:general.doorsTime']);
  const all = Object.fromEntries(['10:15', '12:00', '18:00', '19:00', '20:30', '22:45'].map((t, i) => [
    `activities[${i}].startTime`, { ...entry, span: [text.indexOf(t), text.indexOf(t) + 5] as [number, number] }]));
  const activities = ['Anreise', 'Aufbau', 'Essen', 'Einlass', 'Beginn', 'Ende'].map((n, i) => activity(n, 'other', '2027-03-14', `1${i}:00`));
  const read = doubtsOf(importOf({ activities: activities.slice(0, 1) }), { 'activities[0].startTime': all['activities[0].startTime']!, ...all }, [{ name: 'plan.txt', text }]);
  assert.equal(read['activities[0].startTime'], undefined);
});

test('doubts multiply a score by their factors; a value without doubts keeps its score', () => {
  const table = { fittedOn: 'test', unseen: 1, factors: { 'crowd:9-15': { factor: 0.8, n: 100 }, 'labels:unknown': { factor: 0.9, n: 100 } } };
  assert.equal(doubted(0.95, [], table), 0.95);
  assert.equal(doubted(0.95, ['crowd:9-15', 'labels:unknown'], table), 0.68);
  assert.equal(doubted(0.95, ['never-fitted'], table), 0.95);
  const confidence = confidenceOf(['general.date', 'contacts[0].name']);
  const lowered = withDoubts(confidence, { 'contacts[0].name': ['crowd:9-15'] });
  assert.equal(lowered['general.date']!.score, 0.97);
  assert.ok(lowered['contacts[0].name']!.score < 0.97);
  assert.equal(confidence['contacts[0].name']!.score, 0.97, 'the map passed in is left as it was');
});

test('fitting finds each doubt\'s factor relative to values without doubts, and leaves out rare ones', () => {
  const values: DoubtedValue[] = [];
  // Without doubts 80 % right while scored 0.95; with "kin" 40 % right: kin's factor is about a half.
  for (let i = 0; i < 400; i++) values.push({ score: 0.95, right: i % 5 !== 0, doubts: [] });
  for (let i = 0; i < 200; i++) values.push({ score: 0.95, right: i % 5 < 2, doubts: ['kin'] });
  for (let i = 0; i < 100; i++) values.push({ score: 0.95, right: i % 5 !== 0, doubts: ['harmless'] });
  for (let i = 0; i < 5; i++) values.push({ score: 0.95, right: false, doubts: ['rare'] });
  const { factors } = fitDoubts(values, 'test');
  assert.ok(factors['kin']!.factor > 0.45 && factors['kin']!.factor < 0.6, String(factors['kin']!.factor));
  assert.ok(factors['harmless']!.factor > 0.97);
  assert.equal(factors['rare'], undefined);
});

test('through the whole pipeline, a running order of many sets scores below a lone set', async () => {
  const lone = 'Show: Friday 14 March 2027 at Rosenhallen, Malmö\nDoors: 19:00\nSet: 21:00 - 22:30\n';
  const crowded = [
    'Show: Friday 14 March 2027 at Rosenhallen, Malmö', 'Doors: 19:00', 'Running order:',
    ...['Aster', 'Birch', 'Cedar', 'Dune', 'Elm'].map((band, i) => `${17 + i}:00 - ${17 + i}:45 ${band} (set)`),
  ].join('\n');
  const setScores = async (text: string) => {
    const { extracted, confidence } = await understand([extractPastedText(text)]);
    return extracted.activities.flatMap((a, i) => (a.kind === 'set' ? [confidence[`activities[${i}].startTime`]!.score] : []));
  };
  const [one] = await setScores(lone);
  const many = await setScores(crowded);
  assert.ok(one !== undefined && many.length >= 4, `sets read: ${many.length}`);
  assert.ok(many.every((s) => s < one), `${many} vs ${one}`);
});
