/**
 * A day sheet's or backstage board's top line naming the place as "VENUE – CITY" ("Old Mill - Leeds",
 * "THE CELLAR · BRISTOL"), with the day's full date on the same line or right below it: the show's
 * venue and city. The city must be a known one (an airport's city) and the name no city, lodging or
 * label; a name written in capitals, as a board is, is title-cased.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import { airportCodesForCity } from '../../reference/index.js';
import { found, type Draft } from '../found.js';
import { findDates } from '../normalise/index.js';
import { evidenceAt, read } from '../text/index.js';
import { labelKey } from '../text/lexicon.js';
import { titleCase } from './people.js';

const TOP_LINES = 3;
const NAME = /^\p{Lu}[\p{L}&'’. ]{2,40}$/u;
const LODGING_OR_RESTAURANT = /(?<!\p{L})(hotel|hostel|inn|restaurant|airport|station)(?!\p{L})/iu;

const cased = (text: string) => (/\p{Ll}/u.test(text) ? text : titleCase(text));

/** A full date (with its year) on one of the lines. */
const dated = (texts: string[]) => texts.some((t) => findDates(t).some((d) => d.hasYear));

export function fromBoardHeading(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue || draft.city) return;
  const lines = read(source).lines.filter((l) => l.text.trim()).slice(0, TOP_LINES);
  for (const [i, line] of lines.entries()) {
    const segments = line.text.trim().split(/\s+[-–—·|@]\s+/);
    if (segments.length !== 2) continue;
    const [name, city] = segments.map((s) => s.trim()) as [string, string];
    if (!NAME.test(name) || !/^\p{Lu}[\p{L}' -]{2,30}$/u.test(city) || !airportCodesForCity(city).length) continue;
    if (airportCodesForCity(name).length || LODGING_OR_RESTAURANT.test(name) || labelKey(name)) continue;
    if (!dated([line.text, lines[i + 1]?.text ?? ''])) continue;
    const nameAt = line.start + line.text.indexOf(name);
    const cityAt = line.start + line.text.lastIndexOf(city);
    draft.venue = found(cased(name), evidenceAt(source, [nameAt, nameAt + name.length], 'pattern'));
    draft.city = found(cased(city), evidenceAt(source, [cityAt, cityAt + city.length], 'pattern'));
    return;
  }
}
