/**
 * A transfer line that names its item, then its route after a comma or colon: "Bus call, hotel lobby → venue",
 * "Shuttle, Hotel Nord -> festival site", "Runner pick-up: hotel → radio studio", or its origin in brackets
 * ("station pick up (Hbf) → Hotel Nord"). The arrow may be read by OCR as a spaced dash ("hotel lobby - venue").
 * Armenian sets the name off with its comma "՝" ("տրանսֆեր՝ հյուրանոց → ակումբ").
 */
const NAMED_ROUTE = /^(?<name>[^,:՝]{2,30}?)[,:՝]\s*(?<from>[^,]{2,60}?)\s*(?:→|->|–>|=>|\s[-–—]\s)\s*(?<to>[^,]{2,60}?)\s*$/u;

export interface NamedRoute {
  name: { value: string; index: number };
  from: { value: string; index: number };
  to: { value: string; index: number };
  note?: { value: string; index: number };
}

/**
 * Without the comma the name ends at its ride word, and only an arrow parts origin and destination:
 * "Artist shuttle Hotel Nord -> festival site". A remark after the destination's comma ("…, runner drives") or a
 * sentence after its full stop ("→ hotel. ask for Sam") is no part of the route.
 */
const RIDE_THEN_ROUTE = /^(?<name>(?:[\p{L}&'’-]+\s+){0,2}?(?:lobby\s+call|shuttle|bus|mini-?bus|van|transfer|taxi|pick-?up|nightliner)s?),?\s+(?<from>[^,]{2,60}?)\s*(?:→|->|–>|=>)\s*(?<to>[^,]{2,60}?)\s*(?:,\s.*|\.\s+\p{Ll}.*)?$/iu;

/**
 * Lower-case words between the ride word and a capitalised origin say who rides ("Transfer band Hotel
 * Nord -> venue"): they belong to the name. A preposition ("from", "van") is no such word.
 */
const RIDERS_BEFORE_PLACE = /^((?:(?!(?:from|to|via|the|van|von|vom|ab|at|bij|de|från|fra|desde|da|naar|nach)\s)\p{Ll}[\p{L}'’-]*\s+){1,2})(?=\p{Lu})/u;
/** "straight to the venue", "direkt zum Hotel": how the ride goes, no part of where it goes. */
const STRAIGHT_TO = /^(?:straight|directly|direct|direkt|rechtstreeks)\s+(?:to|naar|zum|zur|nach|till)\s+(?:the\s+)?/iu;

/** "departs", "leaves from", "at" ("pick-up at the arrivals hall → hotel"): words between a ride's word and its origin. */
const DEPARTS = /^(?:(?:departs|departing|leaves|leaving)\s+(?:from\s+)?|at\s+(?:the\s+)?)(?=\S)/iu;

/** "station pick up (Hbf) → Hotel Nord": the origin in brackets after the item's name, then the arrow. */
const BRACKETED_FROM = /^(?<name>[^()→,:]{2,30}?)\s*\((?<from>[^()]{2,40})\)\s*(?:→|->|–>|=>)\s*(?<to>[^,()]{2,60}?)\s*$/u;

/**
 * "Bus call — Harbour Inn lobby, Halifax → Venue": the name set off by a spaced dash, then the route with a
 * drawn arrow; the origin may hold a comma (a place and its town), never a colon: "Van – band & crew: Hotel Nord
 * → Hall" names its riders before the colon (NAMED_ROUTE). OCR may read the arrow as a second spaced dash
 * ("Shuttle - stage door — Hotel").
 */
const DASHED_ROUTE = /^(?<name>[^,:→]{2,30}?)\s[-–—]\s+(?<from>[^→:]{2,60}?)\s*(?:→|->|–>|=>|\s[-–—]\s)\s*(?<to>[^,→]{2,60}?)\s*$/u;

/**
 * "traslado aeroporto – hotel (o motorista espera na saída)": the ride's word alone names it, a spaced dash
 * parts origin and destination, and a bracket closing the line remarks on the ride.
 */
const RIDE_WORD_DASHED = /^(?<name>traslados?|transfers?|shuttle|transporte)\s+(?<from>[^–—()]{2,40}?)\s+[-–—]\s+(?<to>[^–—()]{2,60}?)\s*(?:\((?<note>[^()]{2,120})\))?\s*$/iu;

/** A lower-case remark in brackets after a destination. */
const REMARK_AFTER_PLACE = /\s*\((\p{Ll}[^()]{1,120})\)\s*$/u;

/**
 * "… -> Hotel Nord - Piet (driver) 0612 345 678": after a drawn arrow's destination, a spaced dash opening on a
 * capitalised word and ending in a phone number names who drives and how to reach them, no part of the place.
 */
const CONTACT_AFTER_ROUTE = /(?<=(?:→|->|–>|=>)[^→]*?)\s+[-–—]\s+\p{Lu}[^→]*?\+?\d[\d ().-]{6,}\d\s*$/u;

/** "… -> Hotel Nord (KL 1234)": the flight the ride meets, in brackets after its destination, is no part of the place. */
const FLIGHT_AFTER_PLACE = /\s*\((?:[A-Z]{2}|[A-Z]\d|\d[A-Z])\s?\d{2,4}\)\s*$/u;

/** The item's name, origin and destination in `text`, each with its offset in `text`. */
export function namedRoute(line: string): NamedRoute | null {
  const text = line.slice(0, CONTACT_AFTER_ROUTE.exec(line)?.index ?? line.length);
  const named = DASHED_ROUTE.exec(text) ?? NAMED_ROUTE.exec(text) ?? BRACKETED_FROM.exec(text) ?? RIDE_WORD_DASHED.exec(text);
  const m = named ?? RIDE_THEN_ROUTE.exec(text);
  if (!m) return null;
  const g = m.groups!;
  const fromAt = text.indexOf(g.from!, g.name!.length + 1);
  const riders = named ? null : RIDERS_BEFORE_PLACE.exec(g.from!);
  const name = riders ? text.slice(text.indexOf(g.name!.trim()), fromAt + riders[0].length).trim() : g.name!.trim();
  const riding = riders ? g.from!.slice(riders[0].length) : g.from!;
  // "Van departs hotel lobby → venue": the ride's verb is no part of where it leaves from.
  const departs = named ? 0 : DEPARTS.exec(riding)?.[0].length ?? 0;
  const from = riding.slice(departs);
  const toAt = text.lastIndexOf(g.to!);
  const straight = STRAIGHT_TO.exec(g.to!)?.[0].length ?? 0;
  // An Armenian route's lower-case bracket closing the line is the ride's remark ("… → հյուրանոց (բեռնումից հետո)",
  // after the loading); elsewhere such a bracket qualifies the place ("riverside stage (north gate)").
  const remark = g.note || !text.includes('՝') ? null : REMARK_AFTER_PLACE.exec(g.to!);
  const placed = remark && remark.index > straight ? g.to!.slice(straight, remark.index) : g.to!.slice(straight);
  const flight = FLIGHT_AFTER_PLACE.exec(placed);
  const to = flight && flight.index ? placed.slice(0, flight.index) : placed;
  const note = g.note ?? (remark && remark.index > straight ? remark[1]! : null);
  return {
    name: { value: name, index: text.indexOf(g.name!.trim()) },
    from: { value: from, index: fromAt + (riders?.[0].length ?? 0) + departs },
    to: { value: to, index: toAt + straight },
    ...(note ? { note: { value: note, index: text.lastIndexOf(note) } } : {}),
  };
}

/**
 * "Port B (arr. Sun 24/10 09:15)", "Hamburg Hbf (Ankunft 14:05)": the arrival written in brackets after
 * a route's destination is when the ride ends, no part of the place. The destination without the
 * bracket, and the arrival's clock time with its offset in `to`.
 */
const ARRIVAL_ASIDE = /\s*\((?:arr(?:\.|ival|ives?)?|ankunft|an\.|ankomst|framme|llegada|arriv[ée]e|aankomst|arrivo)\s*:?\s*[^()]*?(\d{1,2}[:.]\d{2})\s*\)\s*$/iu;

/** Japanese writes the arrival after the place with "着" ("arrives"): "名古屋 15:02着", "NRT 09:40着予定". */
const ARRIVAL_MARK = /\s*(\d{1,2}:\d{2})\s*着(?:予定)?\s*$/u;

export function arrivalAside(to: string): { place: string; time: { value: string; index: number } } | null {
  const m = ARRIVAL_ASIDE.exec(to) ?? ARRIVAL_MARK.exec(to);
  if (!m || !to.slice(0, m.index).trim()) return null;
  return { place: to.slice(0, m.index).trim(), time: { value: m[1]!, index: m.index + m[0].lastIndexOf(m[1]!) } };
}

/**
 * "Hotel Nord (Wim)": a first name in brackets after a route's place says who drives, when the text
 * names that person in full elsewhere ("driver = Joost Verhoef"); the place is what stands before it.
 */
const FIRST_NAME_ASIDE = /\s*\((\p{Lu}\p{Ll}+)\)\s*$/u;

export function withoutDriverAside(place: { value: string; index: number }, text: string): { value: string; index: number } {
  const m = FIRST_NAME_ASIDE.exec(place.value);
  if (!m || !m.index || !new RegExp(String.raw`(?<![\p{L}])${m[1]}[ \t]+\p{Lu}\p{Ll}+`, 'u').test(text)) return place;
  return { value: place.value.slice(0, m.index), index: place.index };
}

/** A bracket closing a route: "(van)", "(भ्यान)", "(minibus + gear)". */
const CLOSING_BRACKET = /\s*\(([^()]{1,40})\)\s*$/u;

/**
 * An item named by its route alone, a time line's "Hotel → Hall (van)", "होटल → Nagar Sound Hall (भ्यान)":
 * the ride goes from the place before the arrow to the one after it. A bracket closing the line that
 * names the vehicle (`isRideWord`) or remarks in lower case says how the ride goes, no part of the place.
 * Null for a route through more than two places, or one with a flight's number ("LH 123 FRA → TXL").
 */
export function drawnRouteName(name: string, isRideWord: (text: string) => boolean): { from: { value: string; index: number }; to: { value: string; index: number } } | null {
  const arrows = name.match(/→|->|–>|=>/gu);
  if (arrows?.length !== 1 || /\b(?:[A-Z]\d|\d[A-Z]|[A-Z]{2})\s?\d{2,4}\b/.test(name)) return null;
  const m = /^(.+?)\s*(?:→|->|–>|=>)\s*(.+)$/u.exec(name);
  if (!m) return null;
  const bracket = CLOSING_BRACKET.exec(m[2]!);
  const aside = bracket && (isRideWord(bracket[1]!) || /^\p{Ll}/u.test(bracket[1]!)) ? bracket : null;
  const to = (aside ? m[2]!.slice(0, aside.index) : m[2]!).trim();
  // "Hotel thi hall / Hotel → hall": a name in two languages draws its route in the half after the slash.
  const origin = m[1]!.split(/\s+\/\s+/).pop()!.trim();
  // "трансфер готель → клуб", "Traslado hotel / Transfer hotel → sala": the ride's word before the origin names the ride, no part of the place.
  const lead = /^(\S+)\s+(?=\S)/u.exec(origin);
  const from = lead && isRideWord(lead[1]!) ? origin.slice(lead[0].length) : origin;
  if (!from || !to) return null;
  return { from: { value: from, index: name.lastIndexOf(from, m[1]!.length) }, to: { value: to, index: name.lastIndexOf(m[2]!) } };
}
