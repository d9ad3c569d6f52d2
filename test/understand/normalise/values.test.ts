import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  normalisePhone, normaliseEmail, normaliseMoney, parseAmount, normaliseFlightNumber, normaliseSeat,
  normaliseBookingReference, normaliseTicketNumber, normalisePersonName, normaliseText, normaliseCountry,
  normaliseAirportCode,
} from '../../../src/understand/normalise/index.js';
import { int, pick, seeded } from './random.js';

test('random Swedish and German numbers in any spacing normalise to one E.164 form', () => {
  const rand = seeded(3);
  for (let i = 0; i < 200; i++) {
    const rest = String(int(rand, 1000000, 9999999));
    const se = `+4670${rest}`;
    for (const f of [`070${rest}`, `070-${rest.slice(0, 3)} ${rest.slice(3, 5)} ${rest.slice(5)}`, `+46 70 ${rest}`, `0046 70${rest}`]) {
      assert.equal(normalisePhone(f, 'SE')?.value, se, f);
    }
    assert.equal(normalisePhone(`+49 (0)89 ${rest}`, 'SE')?.value, `+4989${rest}`);
  }
});

test('phones without a resolvable country keep their digits and are not validated', () => {
  assert.deepEqual(normalisePhone('+999 1234 5678'), { value: '+99912345678', validated: false });
  assert.equal(normalisePhone('12'), null);
});

test('e-mails are lower-cased and validated', () => {
  assert.equal(normaliseEmail('<Martin@Promoter.SE>'), 'martin@promoter.se');
  assert.equal(normaliseEmail('mailto:a.b@c.de'), 'a.b@c.de');
  assert.equal(normaliseEmail('not-an-email@'), null);
});

test('money in the ways people write it', () => {
  const cases: [string, number, string | null, string?][] = [
    ['EUR 4,500', 4500, 'EUR'], ['4.500 €', 4500, 'EUR'], ['SEK 45 000:-', 45000, 'SEK'], ['$2,500.00', 2500, 'USD'],
    ['6.750,50 €', 6750.5, 'EUR'], ['12 000 kr', 12000, 'NOK', 'NO'], ['£900', 900, 'GBP'], ['1500', 1500, null],
  ];
  for (const [text, amount, currency, country] of cases) assert.deepEqual(normaliseMoney(text, country), { amount, currency }, text);
});

test('random amounts survive every thousands/decimal convention', () => {
  const rand = seeded(5);
  for (let i = 0; i < 300; i++) {
    const whole = int(rand, 1000, 999999);
    const cents = int(rand, 1, 99);
    const value = whole + cents / 100;
    const groups = whole.toLocaleString('en-US');
    const c = String(cents).padStart(2, '0');
    assert.equal(parseAmount(`${groups}.${c}`), value);
    assert.equal(parseAmount(`${groups.replace(/,/g, '.')},${c}`), value);
    assert.equal(parseAmount(`${groups.replace(/,/g, ' ')},${c}`), value);
    assert.equal(parseAmount(groups), whole);
  }
});

test('flight numbers: designator + digits without leading zeros, validated against the airline list', () => {
  const rand = seeded(9);
  for (let i = 0; i < 200; i++) {
    const airline = pick(rand, ['SK', 'LH', 'DY', 'TK', 'BA', 'U2', 'D8']);
    const n = int(rand, 1, 9999);
    for (const f of [`${airline}${n}`, `${airline} ${String(n).padStart(4, '0')}`, `${airline.toLowerCase()}-${n}`]) {
      assert.deepEqual(normaliseFlightNumber(f), { value: `${airline}${n}`, airline, validated: true }, f);
    }
  }
  const unassigned = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].flatMap((a) => [...'0123456789'].map((d) => a + d))
    .find((code) => !normaliseFlightNumber(`${code}1`)!.validated)!;
  assert.deepEqual(normaliseFlightNumber(`${unassigned} 100`), { value: `${unassigned}100`, airline: unassigned, validated: false });
  assert.equal(normaliseFlightNumber('hello'), null);
  assert.equal(normaliseFlightNumber('12 345'), null);
});

test('seats, references, tickets, airports', () => {
  assert.equal(normaliseSeat('07F'), '7F');
  assert.equal(normaliseSeat('21 a'), '21A');
  assert.equal(normaliseSeat('0A'), null);
  assert.equal(normaliseBookingReference(' sbk-44821 '), 'SBK-44821');
  assert.equal(normaliseBookingReference('WG2QKS'), 'WG2QKS');
  assert.equal(normaliseBookingReference('the'), null);
  assert.equal(normaliseTicketNumber('220-2416678123'), '2202416678123');
  assert.equal(normaliseTicketNumber('12345'), null);
  assert.equal(normaliseAirportCode('arn'), 'ARN');
  assert.equal(normaliseAirportCode('QQQ'), null);
});

test('person names and free text', () => {
  assert.equal(normalisePersonName('SMITH/JOHN MR'), 'John Smith');
  assert.equal(normalisePersonName('Ms. Anna Berg'), 'Anna Berg');
  assert.equal(normalisePersonName('ANNA-LENA SVENSSON'), 'Anna-Lena Svensson');
  assert.equal(normalisePersonName('Jan van der Berg'), 'Jan van der Berg');
  assert.equal(normaliseText('  Scandic \n Södermalm  '), 'Scandic Södermalm');
  assert.equal(normaliseText('   '), null);
  assert.equal(normaliseCountry('Schweden'), 'SE');
  assert.equal(normaliseCountry('España'), 'ES');
  assert.equal(normaliseCountry('UK'), 'GB');
});
