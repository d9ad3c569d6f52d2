/**
 * The words of meals, eateries, caterers and the venue's rooms a meal is served in, and the kind of
 * meal they make: shared by the food readers (food.ts, food-blocks.ts) and typed-item exports.
 */
import type { FoodKind } from '../../interfaces.js';

/** A meal word, with an optional "hot"/"warm" or the party it feeds ("Team dinner", "Band lunch") before it ("warmes Abendessen", Swiss "Nachtessen", "Znacht", "cena", "buyout"; Catalan "sopar", Turkish "akşam yemeği"; Portuguese "almoço", not the hotel's "pequeno-almoço"; Icelandic "kvöldmatur"; Estonian "õhtusöök", "lõunasöök"; Albanian "darka", "dreka"; Malay "makan malam"; Mongolian "оройн хоол"; Nepali "दिउँसोको खाना", the day's part with "खाना", not the morning's: a day sheet's "बिहानको खाना" is the hotel's breakfast; Bengali "দুপুরের খাবার", "রাতের খাবার" likewise; Uzbek "tushlik", "kechki ovqat"; Urdu "ڈنر", "لنچ", "کیٹرنگ", "کھانا", not breakfast's "ناشتہ"; Russian "ужин", "обед", "кейтеринг"; Tajik "хӯроки шом", "хӯроки нисфирӯзӣ"; Hausa "abincin dare" (dinner), "abincin rana" (lunch)). */
export const MEAL = String.raw`(?:(?:team|band|hot|cold|warm|light|vegetarian|vegan|warmes?|warmer|heißes|kaltes|varm|varmt|varma|caliente)[ \u00a0]+)?(?:meals?|food|dinner|lunch|breakfast|brunch|supper|catering|buy-?out|abendessen|mittagessen|nachtessen|z'?nacht|z'?mittag|jause|essen|frühstück|verpflegung|catering|middag|aftensmad|frukost|cena|jantar|(?<!pequeno[- ])almo[çc]o|pranzo|almuerzo|comida|desayuno|d[îi]ner|d[ée]jeuner|repas|avondeten|maaltijd|illallinen|lounas|aamiainen|päivällinen|ateria|ruokailu|vacsora|ebéd|sopar|souper|dinar|esmorzar|(?:akşam[ \u00a0]+|öğle[ \u00a0]+)?yeme(?:ği|k)|kahvalt(?:ı|i)?|kv[öo]ldmat(?:ur)?|h[áa]degismat(?:ur)?|[õo]htus[öo][öo]k|l[õo]unas[öo][öo]k|dark[aë]|drek[aë]|makan[ \u00a0]+(?:malam|tengah[ \u00a0]+hari)|(?:оройн|өдрийн|үдийн)[ \u00a0]+хоол|(?:दिउँसो|बेलुका|बेलुकी|साँझ|राति)को[ \u00a0]+खाना|(?:দুপুরের|রাতের|সন্ধ্যার)[ \u00a0]+খাবার|tushlik|kechki[ \u00a0]+ovqat|ڈنر|لنچ|کیٹرنگ|کھانا|ужин[ау]?|обед[ау]?|кейтеринг|хӯроки[ \u00a0]+(?:шом|нисфирӯзӣ|пешин)|abincin[ \u00a0]+(?:dare|rana|safe|yamma))`;
/** A meal named by its meal word alone ("Dinner", "Catering"): no provider or place named. */
export const MEAL_ONLY = new RegExp(String.raw`^${MEAL}$`, 'iu');
/** A meal table's late food ("Late snacks / Nachthap", "Night food"), not a rider's snacks: read in a meal row or after a meal's time only. */
export const LATE_FOOD = String.raw`(?:(?:late(?:[ -]night)?|night|midnight|after[- ]?show)[ \u00a0]+(?:snacks?|bites|food)|nachthap|nattmat|spätimbiss)`;
/**
 * Words that make a name a restaurant's ("Restaurang Lyktan", "Restaurante Casa Vieja", "Foundry Kitchen").
 * "Diner" only after a name ("Route 9 Diner"): alone it is the Dutch and French word for dinner.
 * Russian "Ресторан", "Кафе"; Tajik "Тарабхона", "Ошхона", "Чойхона" (with the izofat "-и" before the name: "Тарабхонаи «X»").
 * South Asian "Dhaba" (a roadside eatery) and "Bhojanalaya" (an eating house, "भोजनालय"), and "Kitchen" written in Devanagari or Bengali script ("किचन").
 */
export const EATERY = String.raw`(?:Restaurant|Restaurante|Restaurang|Ristorante|Trattoria|Osteria|Pizzeria|Taverna|Bistro|Bistrot|Brasserie|Café|Cafe|Kafé|Gasthaus|Gasthof|Wirtshaus|Brauhaus|Kneipe|Krog|Krogen|Bar|Tapas|Tasca|Taberna|Bodega|Mesón|Asador|Cervecería|Arrocería|Taquer[ií]a|Cantina|Steakhouse|Grill|Kitchen|Küche|Kök|Keuken|(?<=[\p{Lu}\d][\p{L}\d'’]*[ \u00a0])Diner|Ravintola|Restauracja|Restaurace|Kavárna|Kaffi|Konoba|Restoran|Restorant|Meyhane|Lokanta(?:s[ıi])?|Gostionica|Étterem|Bisztró|Csárda|Vendéglő|Eetcaf[ée]|Dhaba|ढाबा|Bhojanalaya|भोजनालय|Ресторан|Кафе|Тарабхона(?:и)?|Ошхона(?:и)?|Чойхона(?:и)?|ধাবা|किचन|কিচেন|Ταβέρνα|Ψαροταβέρνα|Εστιατόριο|Ουζερί|Μεζεδοπωλείο|Ψητοπωλείο|Καφενείο)`;
// Letters of any script bound the word ("Ταβέρνα", "Café"), not \b's ASCII word characters.
export const RESTAURANT = new RegExp(String.raw`(?<![\p{L}\d_])${EATERY}(?![\p{L}\d_])`, 'u');
/** A table booked for the party ("table for 6", "bord til 5", "Tisch für 4", "mesa para 8", "stůl pro 5"): a restaurant. */
export const TABLE_BOOKING = /(?<![\p{L}])(?:table|tisch|bord|mesa|tafel|tavolo|stůl|stol)\s+(?:for|für|för|til|para|pour|voor|per|pro)\s+\d/iu;
/**
 * A room of the venue the meal is served in ("im Backstage", "en el camerino", "in the venue's canteen"):
 * where, not who — the meal is the venue's catering, and the room is its address ("Catering-Raum", "Cateringrummet"
 * as German and Nordic papers join the words, "backstagerummet"). A South Asian sheet
 * writes the green room in its own script ("ग्रीन रुम", "গ্রিন রুম").
 */
const ROOM = String.raw`(?:(?:venue|club|hall|festival)['’]s[ \u00a0]+)?(?:backstage(?:[ \u00a0]+(?:lounge|area|room|bar|tent)|-?(?:raum|bereich|rummet|rum|rommet|rom))?|green ?room|catering room|(?:espace|salle)[ \u00a0]+catering|catering-?(?:raum|rummet|rum|rommet|rom|ruimte)|canteen|kantine|dressing rooms?|artist (?:area|lounge|bar)|production office|camerinos?|loges?|garderobe|künstlergarderobe|logen|kleedkamer|camarim|camarins|καμαρίνια|καμαρίνι|baksvi[ðd]s|b[úu]ningsherbergi|ग्रीन[ \u00a0]?रुम|গ্রিন[ \u00a0]?রুম)`;
/** The floor the room is on, in brackets after it ("Green Room (first floor)", "Garderobe (2. Stock)"): part of where. */
// Nordic papers write the floor after the room without brackets ("backstagerummet på 1. sal", "i 3. etasje").
const FLOOR_ASIDE = String.raw`(?:[ \u00a0]*\([^()\n]{0,20}?(?<![\p{L}])(?:floor|level|upstairs|downstairs|basement|mezzanine|[ée]tage|stock|piso|planta|verdieping|v[åa]ning)(?![\p{L}])[^()\n]{0,12}\)|[ \u00a0]+(?:på|i)[ \u00a0]+\d{1,2}\.[ \u00a0]*(?:sal|etage|etasje|v[åa]ning)(?![\p{L}]))`;
/** The room's number ("in dressing room 1"), not a clock or a head count after the room ("backstage 18.30", "green room 8 pax"). */
const ROOM_NUMBER = String.raw`[ \u00a0]+\d{1,2}(?![\d:]|\.\d|[ \u00a0]*(?:people|persons?|pax|guests)(?![\p{L}]))`;
/** The room alone, or numbered ("Dressing room 2", "Καμαρίνι 2"). */
export const VENUE_ROOM = new RegExp(String.raw`^${ROOM}(?:[ \u00a0]+\d{1,2})?(?:${FLOOR_ASIDE})?$`, 'iu');
/** The room after its preposition or alone in brackets ("18:30 (backstage)"), not the start of a longer name ("the Backstage Village"). */
// Also after a place label inside a meal's line ("Dinner 18:00 · location: backstage", "helyszín: backstage"),
// and Icelandic "baksviðs" ("backstage", an adverb: no preposition before it); also a comma clause of its own ("…, green room – 8 pax").
const AT_ROOM = new RegExp(String.raw`(?:\b(?:at|in|im|i|på|en|au|dans|bei)[ \u00a0]+(?:(?:the|el|la|der|dem|de)[ \u00a0]+|l['’])?|(?<![\p{L}])í[ \u00a0]+|\([ \u00a0]*|(?<![\p{L}])(?:location|place|where|helysz[íi]n|mjesto|lugar|lieu|ort)[ \u00a0]*:[ \u00a0]*|(?<![\p{L}])(?=baksvi[ðd]s)|(?<=,)[ \u00a0]*(?=${ROOM}\b(?:${ROOM_NUMBER})?[ \u00a0]*(?:[–—,;.)]|$)))(${ROOM}\b(?:${ROOM_NUMBER})?(?:${FLOOR_ASIDE})?)`, 'giu');
/** Urdu writes the venue's rooms as English words in its letters ("گرین روم", "ڈریسنگ روم", "بیک اسٹیج"). */
const URDU_ROOM = String.raw`(?:گرین|ڈریسنگ|کیٹرنگ)[ \u00a0]?روم|بیک[ \u00a0]?اسٹیج`;
/** The room before a postposition meaning "in": Urdu "گرین روم میں", Singlish "green room eke". */
const ROOM_POSTPOSED = new RegExp(String.raw`(?<![\p{L}\p{M}])(${ROOM}|${URDU_ROOM})[ \u00a0]+(?:میں|eke|ekee)(?![\p{L}\p{M}])`, 'iu');
/** The room a meal is served in; a capitalised word after it makes it a longer name (checked case-sensitively). */
export function roomIn(text: string): RegExpMatchArray | undefined {
  return [...text.matchAll(AT_ROOM)].find((m) => !/^[ \u00a0]+\p{Lu}/u.test(text.slice(m.index! + m[0].length))) ?? ROOM_POSTPOSED.exec(text) ?? undefined;
}
/** Small words inside a place's name ("Bistrot des Halles", "Trattoria Sul Fiume"). */
// "Osteria Pizzica e Pane", "Casa Pepe y Luis": a name's "and" joins two capitalised words.
// Tagalog names a cook's kitchen after her with "ni" ("Kusina ni Lola Nena").
export const PLACE_JOINER = String.raw`(?:des|del|de|du|la|le|les|am|an|der|sul|di|da|do|(?:e|y|et|und|ni)(?=[ \u00a0]+\p{Lu}))(?![\p{L}])`;
/** "Our caterer is Green Fork", Taglish "yung caterer namin is Kusina ni Nena" (our caterer), Tagalog "ay" (is). */
const CATERER_IS = String.raw`caterer(?:[ \u00a0]+(?:namin|natin))?[ \u00a0]+(?:is|ay)`;
/**
 * "provided by Green Fork Kitchen": a firm of two words or more provides the meal. A party of the deal
 * is no caterer ("provided by Promoter", "by The Venue", "by Local Promoter", "by Festival Production").
 */
const PARTY_WORD = String.raw`(?:The|Local|Promoters?|Purchasers?|Buyers?|Venue|Organi[sz]ers?|Festival|Production|Presenters?|Management)`;
const PROVIDED_BY_FIRM = String.raw`provided[ \u00a0]+by(?=[ \u00a0]+(?!${PARTY_WORD}(?![\p{L}]))\p{Lu}\p{L}*[ \u00a0]+(?:\p{Lu}|&))`;
/** The caterer named by its trade ("du traiteur La Marmite", "from caterer Green Fork", "catering by Fig & Thyme", "gekocht vom Team Linde"): the provider. */
// Swahili "catering na Mama Pika" ("by"), before a capitalised name only.
// A form's field writes its colon after "by" ("Catering by: Fig & Thyme"); a sentence may say who runs it ("catering is run by Fig & Thyme").
// A cell or sentence may open on the trade ("Traiteur La Marmite — cour arrière").
export const CATERER = new RegExp(String.raw`\b(?:[Tt]raiteur|${CATERER_IS}|${PROVIDED_BY_FIRM}|caterer|cateringfirma|catering company|[Cc]ater(?:ing|ed)[ \u00a0]+(?:by|von|av|por|par|door|na(?=[ \u00a0]+\p{Lu})):?|[Cc]atering[ \u00a0]+(?:is[ \u00a0]+)?(?:run|operated)[ \u00a0]+by|(?:[Mm]eals?|[Dd]inner|[Ll]unch|[Ff]ood)[ \u00a0]+by|(?:delivered|supplied|levert|leveret|levereret|levererad|levererat|geliefert|livr[ée]e?)[ \u00a0]+(?:by|av|af|von|par)|(?:gekocht|zubereitet|geliefert)[ \u00a0]+(?:vom|von)|(?:gekookt|bereid)[ \u00a0]+door|(?:cuisin[ée]|pr[ée]par[ée])e?s?[ \u00a0]+par|(?:cooked|prepared|served)[ \u00a0]+by(?:[ \u00a0]+our(?:[ \u00a0]+(?:kitchen|catering|food))?[ \u00a0]+(?:partners?|caterers?|kitchen))?|(?:provided|delivered|supplied)[ \u00a0]+by:|sz[áa]ll[íi]tja:?|(?:cuina|cocina|cuisine)[ \u00a0]+(?:de|del|de la|du)(?=[ \u00a0]+\p{Lu}))[ \u00a0]+((?:[\p{Lu}][\p{L}'’&-]*)(?:[ \u00a0]+(?:[\p{Lu}][\p{L}'’&-]*|&|${PLACE_JOINER})){0,3})`, 'u');

/**
 * The caterer named by its trade, then in quotes after a qualifier ("par le traiteur maison, « Le Comptoir »",
 * "by the house caterer, “Fig & Thyme”"): the quoted name is the provider.
 */
export const QUOTED_CATERER = /(?<![\p{L}])(?:traiteur|caterer|catering)(?![\p{L}])[^.;«»"“”\n]{0,40}?[«"“][ \u00a0]*(\p{Lu}[^«»"“”\n]{1,48}?)[ \u00a0]*[»"”]/u;

/** A label naming who provides the meal above it ("Provided by", "Catered by", "Verzorgd door", "Geliefert von"): its value is the provider. */
export const PROVIDED_BY_LABEL = /^(?:(?:provided|catered|supplied|delivered|served|cooked|prepared)\s+by|(?:verzorgd|geleverd|bereid)\s+door|(?:geliefert|zubereitet|serviert)\s+von|(?:levereras|levereret|levert|serveras)\s+a[vf]|(?:fourni|livr[ée]|servi|préparé)e?s?\s+par|(?:proporcionado|servido|preparado)\s+por|a\s+cargo\s+de)$/iu;

/** "no buyouts", "We don't do buyouts", "keine Buyouts": a buyout ruled out is no kind the meal has. */
const NEGATED = /(?<![\p{L}])(?:no|not|don['’]t(?:[ \u00a0]+(?:do|offer|give))?|never|without|keine?|kein|pas[ \u00a0]+de|sin|ingen)[ \u00a0]+(?:\p{L}+[ \u00a0]+)?$/iu;

/** Hausa "za ta kawo abinci" (she will bring the food): a caterer delivering, named before it. */
const BRINGS_FOOD = /(?<![\p{L}])(?:za su|zasu|za ta|zata|zai)[ \u00a0]+kawo[ \u00a0]+abinci(?![\p{L}])/iu;

/** "a hot meal from Fig Kitchen delivered to your green room": an eatery's food brought to the venue is catering, no table booked there. */
const DELIVERED_TO_ROOM = new RegExp(String.raw`\b(?:delivered|brought|sent)[ \u00a0]+(?:over[ \u00a0]+)?to[ \u00a0]+(?:(?:the|your|our)[ \u00a0]+)?${ROOM}\b`, 'iu');

/** What kind of meal a phrase describes: a buyout, the venue's catering (a room, a caterer), or a restaurant booking. */
export function kindOf(text: string, name: string | null): FoodKind {
  if ([...text.matchAll(/buy-?out|per\s+diem|meal\s+allowance/gi)].some((m) => !NEGATED.test(text.slice(Math.max(0, m.index - 24), m.index)))) return 'buyout';
  if (roomIn(text) || CATERER.test(text) || BRINGS_FOOD.test(text) || DELIVERED_TO_ROOM.test(text)) return 'catering';
  if ((name && (RESTAURANT.test(name) || eateryBefore(text, name)) || TABLE_BOOKING.test(text)) && !/catering/i.test(text)) return 'restaurant';
  return 'catering';
}

/** "au restaurant La Criée", "at the restaurant Pelle": a generic eatery word in lower case right before the name. */
function eateryBefore(text: string, name: string): boolean {
  const at = text.indexOf(name);
  return at > 0 && /\b(?:restaurant|restaurante|restaurang|ristorante|brasserie|bistrot?|trattoria|osteria)[ \u00a0]+$/u.test(text.slice(Math.max(0, at - 20), at));
}
