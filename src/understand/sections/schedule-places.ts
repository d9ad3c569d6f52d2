/** A street's house number before its name ("@ 12 Quay Road"), not an hour ("at 5 pm", "@ 9 h"). */
const HOUSE_NUMBER = String.raw`\d{1,5}[a-z]?,?[ \t]+(?!(?:[ap]\.?m|h|hrs?|uhr|min\p{L}*|at|the|to|for|and|pax|people|ppl)(?!\p{L}))`;

/**
 * A day sheet's item followed by where it happens, on one line: "Load-in via Gate 4 backstage road",
 * "Meet & greet at the merch tent", "Soundcheck im großen Saal". The words before the preposition
 * name the item, those after it (without an article) are its place.
 */
const PLACE_AFTER = new RegExp(String.raw`^(?<name>\p{L}\S*(?:\s+\S+){0,3}?)\s+(?:via|at|@|in|im|in der|på|vid|en|au|à|bij|op)\s+(?:(?:the|der|dem|den|el|la|le|het|de)\s+)?(?<place>(?:${HOUSE_NUMBER})?\p{L}[^,;()]{1,40}?)\s*$`, 'iu');

/** Nordic "i" places only before a noun in its definite form ("i pressrummet", "i salen"), not "i morgon". */
const NORDIC_IN = /^(?<name>\p{L}\S*(?:\s+\S+){0,3}?)\s+i\s+(?<place>\p{Ll}{3,}(?:et|en|an|na))\s*$/u;

/** Only "at/via/…" clearly place; "in" does so before an article ("in the foyer"), not alone ("sign in"). */
const LOOSE = /^\s+(?:in|en|op)\s+$/iu;

export interface PlacedItem { name: string; place: string; placeAt: number }

/** The item's name and its place in `text`, with the place's offset in `text`; null when none is written. */
export function placeAfterItem(text: string): PlacedItem | null {
  const m = PLACE_AFTER.exec(text) ?? NORDIC_IN.exec(text);
  if (!m) return null;
  const place = m.groups!.place!;
  const placeAt = text.lastIndexOf(place);
  return LOOSE.test(text.slice(m.groups!.name!.length, placeAt)) ? null : { name: m.groups!.name!, place, placeAt };
}

/**
 * "Load-in — loading bay (Mill St side)", "Lunch — crew room, 1st floor": a schedule cell's item, a
 * spaced dash, then a lower-case place named by a place noun. A capitalised name after the dash is an act
 * ("Soundcheck — Band"), and words without a place noun are a remark.
 */
const DASHED_PLACE = /^(?<name>[^–—]{2,30}?)\s[-–—]\s+(?<place>\p{Ll}[^–—]{2,60}?)\s*$/u;
const PLACE_NOUN = /(?<!\p{L})(?:dock|door|gate|bay|entrance|ramp|yard|lobby|foyer|backstage|room|hall|stage|floor|office|lounge|tent|area|corridor|alley|car ?park|lot|side|rampe|eingang|tor|hof|bühne|saal|raum|ingang|poort|zaal|lastkaj|ingång|scen|salle|quai|porte|entrada|muelle|sala|rampa|intrarea|poarta|cortul|parcarea|curtea|culisele)(?!\p{L})/iu;

/** "no audience in the room", "stage crew only", "… ; bar area closed", "from 18:00": a remark, whatever noun it holds. */
const REMARK = /[;!?]|\d{1,2}[:.]\d{2}|(?<!\p{L})(?:no|not|only|nur|kein\p{L}*|alleen|bara|endast|solo|seulement)(?!\p{L})/iu;

/**
 * "Radio interview - Ann + Bo, dressing room 2", "Signing – Ida & Tom, foyer": after the dash, the people
 * going (names joined by "+", "&", "and", "et", "und"), then after a comma a lower-case place: the people
 * are the item's note, the place where it happens.
 */
const PEOPLE_THEN_PLACE = /^(?<name>[^–—]{2,60}?)\s[-–—]\s+(?<people>\p{Lu}\p{Ll}+(?:\s*(?:\+|&|\band\b|\bet\b|\bund\b)\s*\p{Lu}\p{Ll}+)+),\s*(?<place>\p{Ll}[^,;()]{1,40}?)\s*$/u;
const ROOM_NOUN = /(?<!\p{L})(?:loges?|garderobe|dressing|green)(?!\p{L})/iu;

export function peopleThenPlace(text: string): (PlacedItem & { people: string; peopleAt: number }) | null {
  const m = PEOPLE_THEN_PLACE.exec(text);
  const place = m?.groups!.place;
  const head = place?.split(/\s+/).slice(0, 2).join(' ') ?? '';
  if (!m || !place || !(PLACE_NOUN.test(head) || ROOM_NOUN.test(head)) || REMARK.test(place)) return null;
  const people = m.groups!.people!;
  return { name: m.groups!.name!, place, placeAt: text.lastIndexOf(place), people, peopleAt: text.lastIndexOf(people) };
}

export function placeAfterDash(text: string): PlacedItem | null {
  const m = DASHED_PLACE.exec(text);
  // The place noun among the first three words: "loading bay (…)", "crew room, 1st floor".
  const head = m?.groups!.place!.replace(/\s*\([^()]*\)\s*$/u, '').split(/\s+/).slice(0, 3).join(' ');
  if (!m || !head || !PLACE_NOUN.test(head) || REMARK.test(m.groups!.place!)) return null;
  const place = m.groups!.place!;
  return { name: m.groups!.name!, place, placeAt: text.lastIndexOf(place) };
}

/**
 * "Get-in: ora 16:00, poarta din spatele sălii", "Load-in: 15:00, loading dock behind the hall": after a
 * labelled time and a comma, a lower-case place whose first or second word is a place noun is where the item happens.
 * A form writes it after a spaced dash, with its floor after a comma ("11:15 PM - box office, 1st floor").
 */
const COMMA_LOWER_PLACE = /^\s*,\s*(?<place>\p{Ll}[^,;()]{2,60}?)\s*\.?\s*$/u;
const DASH_LOWER_PLACE = /^\s+[–—-]\s+(?<place>\p{Ll}[^,;()]{2,40}?(?:,\s*[^,;()]{2,20}?)?)\s*\.?\s*$/u;

export function lowerPlaceAfterComma(text: string): { place: string; placeAt: number } | null {
  const m = COMMA_LOWER_PLACE.exec(text) ?? DASH_LOWER_PLACE.exec(text);
  const place = m?.groups!.place;
  if (!place || !PLACE_NOUN.test(place.split(/\s+/).slice(0, 2).join(' '))) return null;
  return { place, placeAt: text.lastIndexOf(place) };
}

/** Place nouns in Devanagari, Bengali and Urdu: gate, lobby, office, room, hall, door, stage. */
const NATIVE_PLACE_NOUN = /(?<![\u0900-\u097F\u0980-\u09FF])(?:गेट|लबी|अफिस|रुम|हल|ढोका|स्टेज|গেট|লবি|অফিস|রুম|হল|মঞ্চ)(?![\u0900-\u097F\u0980-\u09FF])|(?<![\u0600-\u06FF])(?:گیٹ|لابی|دفتر|روم|ہال|اسٹیج)(?![\u0600-\u06FF])/u;
/** Nepali marks "at" with "-मा" glued to the place's last word ("होटलको लबीमा", in the hotel's lobby). */
const NEPALI_LOCATIVE = /(?<=[\u0900-\u097F]{2})मा$/u;

/**
 * A detail line below an item opening with its place, then a remark after a comma: "होटलको लबीमा, बिकास र
 * अनिता मात्र" (in the hotel lobby, only the two of them), "back gate (Mill St side), 3 local hands". The
 * opening clause, a few words, is the place when it holds a place noun or ends in a locative; the
 * locative's ending is no part of the place.
 */
export function placeThenRemark(text: string): { place: string; note: string; noteAt: number } | null {
  const comma = /,\s+/.exec(text);
  if (!comma) return null;
  const head = text.slice(0, comma.index).trim();
  const bare = head.replace(/\s*\([^()]*\)\s*$/u, '');
  const note = text.slice(comma.index + comma[0].length).trim();
  if (!note || bare.split(/\s+/).length > 4 || REMARK.test(head) || /\d/.test(bare)) return null;
  const locative = head === bare ? NEPALI_LOCATIVE.exec(head) : null;
  if (!locative && !PLACE_NOUN.test(bare) && !NATIVE_PLACE_NOUN.test(bare)) return null;
  return { place: locative ? head.slice(0, locative.index) : head, note, noteAt: comma.index + comma[0].length };
}

/** "and" between two people's names in the supported languages ("Ann & Bo", "बिकास र अनिता", "সুমন ও নাদিয়া"). */
const AND = String.raw`(?:and|&|\+|und|og|och|et|y|e|en|i|ja|र|ও|اور|و)`;
const PEOPLE_ASIDE = new RegExp(String.raw`\s*\(([^\s()\d]+\s+${AND}\s+[^\s()\d]+)\)\s*$`, 'u');

/**
 * "upstairs office (Ann & Bo)", "माथिल्लो तलाको अफिस (बिकास र अनिता)": two names joined by "and" in a bracket
 * after a place say who comes, no part of the place. The place and the names, each with its offset.
 */
export function peopleAfterPlace(text: string): { place: string; people: string; peopleAt: number } | null {
  const m = PEOPLE_ASIDE.exec(text);
  const place = m ? text.slice(0, m.index).trim() : '';
  // Names are capitalised where the script has case: "(sound and light)" is a remark on the place.
  if (!m || !place || /\p{Ll}/u.test(m[1]!.split(/\s+/)[0]!.charAt(0))) return null;
  return { place, people: m[1]!, peopleAt: m.index + m[0].indexOf(m[1]!) };
}
