/**
 * A chat message about the hotel that gives the place on a line of its own, its name before a comma
 * and its street address after ("update on the hotel, we moved you to:\nThe Tamarind Rooms, 48 Orchid
 * Rd, Penang\n3 rooms, check-in Fri 3pm\nConf 7781"): a name without a lodging word ("Rooms",
 * "House", "Residences" are no kind lodgingNames knows) is still the lodging, for the message speaks of the
 * hotel and the lines under it are a stay (rooms, check-in, a booking number).
 */
import type { ChatTurn } from '../../text/index.js';
import type { Hit } from './phrases.js';

/**
 * "The Tamarind Rooms, 48 Orchid Rd": capitalised words, a comma, a house number and a street word.
 * The number may be missing where streets go without ("Lake View Suites, Dr. Rao Road, Andheri"):
 * then the street's words are capitalised too.
 */
const NAME_THEN_STREET = /^[ \t]*((?:The[ \t]+)?\p{Lu}[\p{L}'’&-]*(?:[ \t]+(?:of|de|del|la|&|\p{Lu}[\p{L}'’&-]*)){0,4}),[ \t]*(?:\d{1,5}[A-Za-z]?[ \t]+[\p{L}. ]{2,40}?|(?:\p{Lu}[\p{L}.]*[ \t]+){1,4})\b(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Lane|Ln|Drive|Dr|Way|Highway|Hwy|Calle|Rue|Straße|Strasse|Str|Jalan|Jl|Soi|Daan|Marg)\b\.?/mu;
/** The message speaks of the lodging. */
const HOTEL_WORD = /(?<!\p{L})(?:hotel|hotels|accommodation|lodging|stay|hostel|inn)(?!\p{L})/iu;
/** The lines under it are a stay. */
const STAY = /(?<!\p{L})(?:check[- ]?in|check[- ]?out|\d+\s+rooms?|conf(?:irmation)?\.?\s*(?:no|#|number)?|booking\s+(?:no|ref|number))(?!\p{L})/iu;

/** The lodging's name, with the rest of its line as its address ("48 Orchid Rd, Penang"). */
export interface LodgingLine extends Hit<string> { address: Hit<string> }

export function chatLodgingLines(text: string, turns: readonly ChatTurn[]): LodgingLine[] {
  if (turns.length < 3) return [];
  const out: LodgingLine[] = [];
  for (const t of turns) {
    const said = text.slice(t.span[0], t.span[1]);
    if (!HOTEL_WORD.test(said)) continue;
    let at = 0;
    for (const line of said.split('\n')) {
      const m = NAME_THEN_STREET.exec(line);
      if (m && STAY.test(said.slice(at + line.length))) {
        const name = m[1]!;
        const index = t.span[0] + at + line.indexOf(name);
        const rest = line.slice(line.indexOf(name) + name.length + 1);
        // "… Mumbai 400012 – 10 min from the venue": a remark after a spaced dash is no part of the address.
        const address = rest.split(/[ \t]+[–—][ \t]+/)[0]!.trim().replace(/[.,;]+$/, '');
        out.push({ value: name, index, length: name.length, address: { value: address, index: index + name.length + 1 + rest.indexOf(address), length: address.length } });
      }
      at += line.length + 1;
    }
  }
  return out;
}
