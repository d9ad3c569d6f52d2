import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  airportByCode, airportCodesForCity, countryOfCity, airlineName, airlineCodeForName, isAirlineCode, countryCode,
  isCurrencyCode, currencyFromSymbol,
} from '../../src/reference/index.js';

test('airports by code and by city', () => {
  assert.deepEqual(airportByCode('arn'), { code: 'ARN', name: 'Stockholm-Arlanda Airport', city: 'Stockholm', country: 'SE', timeZone: 'Europe/Stockholm' });
  assert.equal(airportByCode('BER')?.country, 'DE');
  assert.equal(airportByCode('LON')?.city, 'London');
  assert.equal(airportByCode('ZZZ'), null);
  assert.ok(airportCodesForCity('Stockholm').includes('ARN'));
  assert.ok(airportCodesForCity('malmo').includes('MMX'));
  assert.equal(countryOfCity('Bergen'), 'NO');
});

test('airline designators both ways', () => {
  assert.equal(airlineName('SK'), 'Scandinavian Airlines System');
  assert.equal(airlineCodeForName('Lufthansa'), 'LH');
  assert.equal(airlineCodeForName('Scandinavian Airlines'), 'SK');
  assert.equal(airlineCodeForName('Norwegian Air Shuttle'), 'DY');
  assert.equal(airlineCodeForName('No Such Airways'), null);
  assert.ok(isAirlineCode('u2'));
});

test('countries in many languages', () => {
  for (const [name, code] of [['Sverige', 'SE'], ['Deutschland', 'DE'], ['Allemagne', 'DE'], ['Países Bajos', 'NL'], ['Norway', 'NO'], ['DEU', 'DE'], ['USA', 'US']]) {
    assert.equal(countryCode(name), code, name);
  }
  assert.equal(countryCode('Atlantis'), null);
});

test('currencies and shared symbols', () => {
  assert.ok(isCurrencyCode('sek'));
  assert.ok(!isCurrencyCode('ABC'));
  assert.equal(currencyFromSymbol('kr', 'DK'), 'DKK');
  assert.equal(currencyFromSymbol('kr', null), 'SEK');
  assert.equal(currencyFromSymbol('$', 'CA'), 'CAD');
  assert.equal(currencyFromSymbol('€'), 'EUR');
});
