/**
 * A Bulgarian, Macedonian or Hebrew sentence naming the venue by its kind and then its street-first address:
 * "клуб „Мелница“, ул. „Шипка“ 6, 1504 София", "מועדון הבארבי (רחוב קיבוץ גלויות 52, תל אביב)".
 * A quoted name is the venue without its kind word ("клуб" is what it is); an unquoted Hebrew one keeps
 * the word, as it opens the name ("מועדון הבארבי"). The address is the street-first one
 * (travel/street-prefix-addresses.ts), its last part the city.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { evidenceAt, read } from '../text/index.js';
import { streetFirstAddresses } from './travel/street-prefix-addresses.js';

/** Bulgarian kinds, and Macedonian ones with the article a sentence gives them ("во клубот „X“", "салата"). */
const BG_KIND = String.raw`(?<!\p{L})(?:клуб(?:от)?|зала|сала(?:та)?|сцена(?:та)?|бар(?:от)?|театър|театар(?:от)?|читалище|арена(?:та)?)`;
const HE_KIND = String.raw`(?<!\p{L})(?:מועדון|אולם|היכל|תיאטרון|בר|זאפה)`;
const VENUE_THEN_ADDRESS = new RegExp(
  String.raw`${BG_KIND}[ \t]+„(?<quoted>[^“”"\n]{2,40})[“”"]|(?<hebrew>${HE_KIND}[ \t]+\p{Script=Hebrew}[\p{Script=Hebrew}"'\d -]{1,40}?)(?=[ \t]*[(,])`,
  'gu',
);

export function venueBeforeStreetAddress(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.venue && draft.address) return;
  const text = read(source).lines.map((l) => l.text).join('\n');
  for (const m of text.matchAll(VENUE_THEN_ADDRESS)) {
    const name = (m.groups!.quoted ?? m.groups!.hebrew)!.trim();
    // The address follows at once: a comma or an opening bracket, then the street word.
    const after = m.index + m[0].length;
    const address = streetFirstAddresses(text.slice(after, after + 120)).find((a) => /^[ \t„“"]*[,(][ \t]*$/.test(text.slice(after, after + a.index)));
    if (!address) continue;
    const nameAt = m.index + m[0].indexOf(name);
    const addressAt = after + address.index;
    draft.venue ??= found(name, evidenceAt(source, [nameAt, nameAt + name.length], 'pattern'));
    draft.address ??= found(address.value, evidenceAt(source, [addressAt, addressAt + address.value.length], 'pattern'));
    const city = /,[ \t]*(?:\d{4,7}[ \t]+)?([^,\d]+)$/u.exec(address.value)?.[1]?.trim();
    if (city) draft.city ??= found(city, evidenceAt(source, [addressAt + address.value.lastIndexOf(city), addressAt + address.value.lastIndexOf(city) + city.length], 'pattern'));
    return;
  }
}
