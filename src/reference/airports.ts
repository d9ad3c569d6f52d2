/**
 * IATA airports: code → name, city, country, time zone; city → codes. The table is a compact file derived
 * by scripts/build-reference-data.ts (OurAirports + OpenFlights); the lookup maps are built on first use.
 */
import table from './data/airports.json' with { type: 'json' };
import { dataCityName } from './city-names.js';
import { foldText } from './fold.js';

export interface Airport {
  code: string;
  name: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** IANA time zone ("Europe/Belgrade"), where the data knows it; the wall clock a timetable writes. */
  timeZone?: string;
}

const rows = table as unknown as Record<string, [string, string, string, string?]>;
let byCity: Map<string, string[]> | undefined;

export function airportByCode(code: string): Airport | null {
  const c = code.trim().toUpperCase();
  const row = /^[A-Z]{3}$/.test(c) ? rows[c] : undefined;
  if (!row) return null;
  const airport: Airport = { code: c, name: row[0], city: row[1], country: row[2] };
  if (row[3]) airport.timeZone = row[3];
  return airport;
}

/** The IANA time zone of an airport by its code ("YVR" → "America/Vancouver"), or null when unknown. */
export function airportTimeZone(code: string): string | null {
  return airportByCode(code)?.timeZone ?? null;
}

export function isAirportCode(code: string): boolean {
  return airportByCode(code) !== null;
}

/** A bracket after a city's name: another name of it ("Köln (Cologne)", "Ibiza (Eivissa)"). */
const BRACKETED = /^(.*?)[ \t]*\(([^()]*)\)[ \t]*$/;

/**
 * The names a city of the airport data goes by, the whole first: "Rennes/Saint-Jacques" is the city
 * and the airport's place, each a name of its own; "Arnavutköy, Istanbul" the district, then its
 * city; "Köln (Cologne)" one city in two languages. A bracketed province code ("Albenga (SV)") is no name.
 */
export function cityNames(dataCity: string): string[] {
  const parts = [dataCity, ...dataCity.split('/'), ...dataCity.split(/,\s*/)].flatMap((part) => {
    const m = BRACKETED.exec(part);
    return m ? [part, m[1]!, ...(/\p{Ll}/u.test(m[2]!) ? [m[2]!] : [])] : [part];
  });
  return [...new Set(parts.map((n) => n.trim()).filter(Boolean))];
}

/** Codes of the airports serving a city (as the data names it: "Munich", "Malmö"; or as it is written at home: "München"). */
export function airportCodesForCity(city: string): string[] {
  if (!byCity) {
    byCity = new Map();
    for (const [code, [, c]] of Object.entries(rows)) {
      const names = new Set(cityNames(c).map((n) => foldText(n)).filter(Boolean));
      for (const key of names) byCity.set(key, [...(byCity.get(key) ?? []), code]);
    }
  }
  const named = dataCityName(city);
  return byCity.get(foldText(city)) ?? (named ? byCity.get(foldText(named)) : undefined) ?? [];
}

/** The countries that have a city of that name with an airport ("Aberdeen": GB and US). */
export function countriesOfCity(city: string): string[] {
  return [...new Set(airportCodesForCity(city).map((c) => rows[c]![2]))];
}

/** The country of a city when every airport that serves a city of that name is in one country. */
export function countryOfCity(city: string): string | null {
  const countries = countriesOfCity(city);
  return countries.length === 1 ? countries[0]! : null;
}
