import { test } from 'node:test';
import assert from 'node:assert/strict';
import { context, pasted, scheduleItems } from './helpers.js';
import { extract as technical } from '../../src/understand/sections/technical.js';
import { findDates, normalisePersonName } from '../../src/understand/normalise/index.js';
import { segmentsIn } from '../../src/understand/sections/travel/segments.js';
import { isInsuranceCertificate } from '../../src/understand/sections/show-insurance.js';
import { showSourcesOf } from '../../src/understand/sections/show-relevance.js';

const REF = new Date('2028-03-01T10:00:00Z');

test('a weekday before a year-less day and month makes it a date, in the order the weekday fits', () => {
  // 10 and 12 March 2028 are a Friday and a Sunday; 3 December 2027 is a Friday.
  assert.deepEqual(findDates('Running times for Friday 10/3 (local):', REF).map((d) => d.value), ['2028-03-10']);
  assert.deepEqual(findDates('Fr 10.03. Abfahrt', REF).map((d) => d.value), ['2028-03-10']);
  assert.deepEqual(findDates('Sun 3/12 day off', REF).map((d) => d.value), ['2028-03-12']);
  // No weekday, or a dotted time after it: no date.
  assert.deepEqual(findDates('Rack 10/3', REF), []);
  assert.deepEqual(findDates('Fri 10.15 bus call', REF), []);
});

test('an airport code that is also a currency is an airport before a clock time or after an arrow', () => {
  const [seg] = segmentsIn('  ZX1234\tSat 11 Mar\tSTN 09:40 -> BTS 12:55\n', REF);
  assert.equal(seg?.from?.value, 'STN');
  assert.equal(seg?.to?.value, 'BTS');
  assert.equal(seg?.departure?.value, '09:40');
});

test('a receipt heading ending with the number after the day has its route on the two lines below', () => {
  const text = [
    'Booking reference: QZ7RTA',
    '',
    'SAT 11 MAR 2028\tEI 3341',
    ' Cork (ORK)\tdep 07:05',
    ' Amsterdam (AMS)\tarr 09:50',
    ' Embraer E190 · Economy · duration 1h45',
    '',
  ].join('\n');
  const segments = segmentsIn(text, REF);
  assert.deepEqual(segments.map((s) => [s.flightNumber.value, s.from?.value, s.to?.value, s.departure?.value, s.arrival?.value, s.date?.value]),
    [['EI3341', 'ORK', 'AMS', '07:05', '09:50', '2028-03-11']]);
  assert.equal(segments[0]?.aircraft?.value, 'Embraer E190');
});

test('a running order repeating our set by its slot drops the other acts and keeps our row', () => {
  const items = scheduleItems([
    'Prepared for: Lantern Sea',
    'Show\t\t18:10 – 19:00 (50 min)',
    '',
    'Running order – Main Stage',
    'Time\tArtist',
    '14:00 – 14:40\tPaper Owls',
    '15:20 – 16:05\tMoss Harbour',
    '18:10 – 19:00\tLantern Sea',
    '20:00 – 21:00\tThe Velvet Gulls',
  ].join('\n'), ['end']);
  assert.deepEqual(items.map((i) => i.name).sort(), ['Lantern Sea', 'Show']);
});

test('a dash or n/a in a name cell names nobody', () => {
  assert.equal(normalisePersonName('—'), null);
  assert.equal(normalisePersonName('n/a'), null);
  assert.equal(normalisePersonName('Ines Ortega'), 'Ines Ortega');
});

const CERTIFICATE = [
  'Fenwick Marsh Insurance Services',
  'CERTIFICATE OF INSURANCE',
  'Policy no.            FMS/PL/2028/1183',
  'Insured               Copperline Music Ltd t/a The Velvet Gulls',
  'Insurer               Harbourside Mutual plc',
  'Period of insurance   00:01 hrs 1 January 2028 to 23:59 hrs 31 December 2028',
  'Limit of indemnity    £5,000,000 any one occurrence, at venues and festivals',
  'Equipment: Yamaha drum kit, Fender bass, Nord keyboard',
  'Claims: 0161 496 0123, claims@fenwick.example',
].join('\n');

test('an insurance certificate gives no show data; an advance asking for one is read', () => {
  const certificate = pasted(CERTIFICATE);
  assert.equal(isInsuranceCertificate(certificate), true);
  assert.deepEqual(showSourcesOf([certificate]), []);
  assert.equal(isInsuranceCertificate(pasted('Hi, please send your certificate of insurance before the show.\nDoors 19:00, soundcheck 17:00.')), false);
  // A certificate that addresses the reader's own show (its fee, "your show") is read as usual.
  assert.equal(isInsuranceCertificate(pasted(`${CERTIFICATE}\nCovers your show at the Corn Hall on 4 March 2028.`)), false);
});

test("a stage's technical summary headed after its name and a dash is read as the technical block", () => {
  const [draft] = technical(context([pasted([
    'Stage times are on page 1.',
    '',
    'Harbour Stage – technical summary',
    'Stage\t\t10 x 8 m, drum riser 2 x 2 m',
    'PA\t\td&b V-series, 8 wedges',
    'Lights\t\t12 x LED wash, house LD',
  ].join('\n'))]));
  assert.equal(draft?.stage?.value, '10 x 8 m, drum riser 2 x 2 m');
  assert.equal(draft?.sound?.value, 'd&b V-series, 8 wedges');
  assert.equal(draft?.lighting?.value, '12 x LED wash, house LD');
});
