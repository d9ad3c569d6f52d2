/**
 * Airline designators: IATA 2-character code ↔ name (OpenFlights via scripts/build-reference-data.ts).
 * Name lookup accepts the usual written variants: "Lufthansa", "SAS", "Norwegian".
 */
import table from './data/airlines.json' with { type: 'json' };
import { foldText } from './fold.js';

const names = table as Record<string, string>;
let byName: Map<string, string> | undefined;

/** Words airline names carry that a document often leaves out. */
const FILLER = /\b(airlines?|airways|air lines|system|international|s a|ag|as|asa|ab|plc|ltd|group)\b/g;

function nameKey(name: string): string {
  return foldText(name).replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
}

export function isAirlineCode(code: string): boolean {
  return Object.hasOwn(names, code.toUpperCase());
}

export function airlineName(code: string): string | null {
  return names[code.toUpperCase()] ?? null;
}

/** The designator of an airline written by name, or null when the name is unknown or ambiguous. */
export function airlineCodeForName(name: string): string | null {
  if (!byName) {
    byName = new Map();
    const seen = new Map<string, number>();
    for (const [code, n] of Object.entries(names)) {
      for (const key of new Set([foldText(n), nameKey(n)])) {
        seen.set(key, (seen.get(key) ?? 0) + 1);
        byName.set(key, code);
      }
    }
    for (const [key, count] of seen) if (count > 1) byName.delete(key);
  }
  return byName.get(foldText(name)) ?? byName.get(nameKey(name)) ?? null;
}
