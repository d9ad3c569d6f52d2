/**
 * "City: ປາກເຊ (Pakse), ສປປ ລາວ": a city written in its own script with its Latin name in brackets
 * is the Latin name, as the rest of the show's data is written; what follows the bracket is the country's.
 */
import type { Labelled } from '../text/index.js';

const LOCAL_THEN_LATIN = /^\s*[^\p{Script=Latin}()]+\(\s*(\p{Script=Latin}[\p{Script=Latin}\s.'’-]*?)\s*\)/u;

/** The Latin name bracketed after a city written in another script, with its span, or null. */
export function bracketedLatinCity(l: Labelled): { value: string; span: [number, number] } | null {
  const m = LOCAL_THEN_LATIN.exec(l.value);
  if (!m) return null;
  const at = l.span[0] + m[0].lastIndexOf(m[1]!);
  return { value: m[1]!, span: [at, at + m[1]!.length] };
}
