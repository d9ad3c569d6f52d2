/**
 * A chat's or mail's "at <Name> in <City>" ("Advancing tomorrow at Ouseburn Vaults in Newcastle"):
 * the show's venue and city, when the city is a known one (an airport's city, in any country) and the sentence is not about a meal, a
 * room or parking. Written without a street, as a message between people who both know the place.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { airportCodesForCity } from '../../reference/index.js';
import { evidenceAt, read } from '../text/index.js';
import { proseOf } from './schedule.js';

const NAME = String.raw`\p{Lu}[\p{L}'’&-]*(?:[ \t]+(?:(?:of|the|de|la)[ \t]+)?\p{Lu}[\p{L}'’&-]*){0,4}`;
const AT_NAME_IN_CITY = new RegExp(String.raw`(?<![\p{L}])(?:at|@)[ \t]+(?:the[ \t]+)?(${NAME})[ \t]+in[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)(?![\p{L}])`, 'gu');
const NOT_SHOW_PLACE = /\b(dinner|lunch|breakfast|meal|food|eat|rooms?|hotel|sleep|stay|park\w*|another gig)\b/i;
const LODGING_OR_RESTAURANT = /(?<!\p{L})(hotel|hostel|inn|lodge|restaurant|bar & grill|airport|station)(?!\p{L})/iu;

export function venueInCity(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue) return;
  for (const m of read(source).messages) {
    const prose = proseOf(m);
    for (const hit of prose.text.matchAll(AT_NAME_IN_CITY)) {
      const [, name, city] = hit;
      const sentence = prose.text.slice(Math.max(0, hit.index - 60), hit.index).split(/[.!?\n]\s/).pop()!;
      if (!airportCodesForCity(city!).length || airportCodesForCity(name!).length || LODGING_OR_RESTAURANT.test(name!) || NOT_SHOW_PLACE.test(sentence)) continue;
      const nameAt = prose.offset + hit.index + hit[0].indexOf(name!);
      const cityAt = prose.offset + hit.index + hit[0].lastIndexOf(city!);
      draft.venue = found(name!.replace(/\s+/g, ' '), evidenceAt(source, [nameAt, nameAt + name!.length], 'pattern'));
      draft.city ??= found(city!, evidenceAt(source, [cityAt, cityAt + city!.length], 'pattern'));
      return;
    }
  }
}
