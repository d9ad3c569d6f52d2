/**
 * food: catering, restaurant bookings and buyouts. Per source:
 *
 *   markup   schema.org FoodEstablishmentReservation (the source's text is then not read again);
 *   labels   a "Catering:" / "Dinner:" block ("Catering: Foundry Kitchen (in-house)", "Dinner: 18:00,
 *            5 people", "Catering notes: …");
 *   rows     itinerary and day-sheet rows whose item is a meal ("18:30 | Dinner | Catering room | for 8");
 *   prose    a sentence about a meal ("Dinner will be at Restaurang Lyktan next door at 18:00 for 6
 *            people", "a hot meal for 6 persons at the venue at 19:00").
 *
 * The name is the named provider or place (a restaurant, "the Backstage Village"); only when none is
 * named is it the meal's own words, without its count and time ("Hot meal at the venue"). The date,
 * when the source does not give one, is the show's: meals in a show's documents are on the show day.
 */
import { providerAfterTime, mealHalfOfDay } from './food-provider-after-time.js';
import { withBareMealsAbsorbed } from './food-bare-meal.js';
import type { ExtractedSource, Food } from '../../interfaces.js';
import type { SectionExtractor, UnderstandContext } from '../context.js';
import type { Draft, Found } from '../found.js';
import { findTimes, normaliseEmail, normalisePhone, normaliseText } from '../normalise/index.js';
import { schemaOrgReservations } from '../schema-org/index.js';
import { inHeaderBlock, isAttribution, isNotApplicable, isPendingValue, labelKey, opensSection, read, sectionTitle, sheetName, type Labelled, type Reading } from '../text/index.js';
import { foldText } from '../../reference/index.js';
import { CHECKBOX, cateringForms } from './food-form.js';
import { tickedMeal } from './food-meal-choice.js';
import { buyoutTerms, mealBlocks } from './food-blocks.js';
import { isStreetAddress, placeOf } from './place.js';
import { agendaMeals } from './food-agenda.js';
import { listedPlace } from './food-listed-place.js';
import { buysOutLodging } from './food-lodging-buyout.js';
import { addresses, bookingReferences, lodgingNames, looseDates, peopleCounts, writesPairsMonthFirst, type Hit } from './travel/phrases.js';
import { readerFor, type Reader } from './travel/reader.js';
import { combineByName, referenceDate, showDateOf, showPlace } from './travel/context.js';
import { typedFood } from './typed-rows.js';
import { mealAnswers } from './food-answers.js';
import { catererOfAllMeals, sharedAbove } from './food-shared-caterer.js';
import { looksLikePersonName } from './people.js';
import { catererOfLetterhead } from './food-caterer.js';
import { countUpdates } from './food-update.js';
import { wrappedMealPiece } from './food-wrapped-meal.js';
import { chatMealUpdates } from './food-chat-update.js';
import { chatRecounts } from './food-chat-recount.js';
import { addressesFromPlaceCards } from './food-place-card.js';
import { isVersionLine } from './version-line.js';
import { withoutCrossReference } from './schedule-name-cell.js';
import { asksOnly, bookedMealAnswers } from './rider-asks.js';
import { dietaryCellOn, mealCellOn, mealRecordOn, notOfTheMeal } from './meal-column.js';
import { onStayRow } from './food-stay-row.js';
import { countCell } from './food-count-cell.js';
import { providersBelow } from './food-provider-below.js';
import { companyCellOn, providerCellOn, providerPlaceCellOn } from './food-provider-cell.js';
import { providerTableMeals } from './food-provider-table.js';
import { placeAfterDash } from './schedule-places.js';
import { providerAfterMealDash } from './food-dash-provider.js';
import { remarkBelow } from './food-detail-line.js';
import { mealsOfListLeadIns } from './food-list-lead-in.js';
import { bookedTable } from './food-table-sentence.js';
import { mealsOfNamedCaterers } from './food-named-caterer.js';
import { asDayFirstPairs } from './food-year-first-pairs.js';
import { writesYearFirst } from '../normalise/year-first-pair.js';
import { ticketAllowance, withTicketCounts } from './food-ticket-allowance.js';
import { withoutHotelServiceHours } from './food-hotel-service-hours.js';
import { showDayOfDailyService } from './food-daily-service.js';
import { voucherBlockAbove } from './food-voucher-block.js';
import { mealsOfDetailTables } from './food-detail-table.js';
import { CATERER, QUOTED_CATERER, EATERY, kindOf, LATE_FOOD, MEAL, MEAL_ONLY, PLACE_JOINER, PROVIDED_BY_LABEL, RESTAURANT, roomIn, TABLE_BOOKING, VENUE_ROOM } from './food-words.js';

type FoodDraft = Draft<Food>;
type Method = 'label' | 'table' | 'pattern';

// Letters of any script bound the word, not \b's ASCII word characters (Estonian "Õhtusöök").
const MEAL_AT = new RegExp(String.raw`(?<![\p{L}\d_])${MEAL}(?![\p{L}\d_])`, 'iu');
/** A meal word naming the meal, with "at the venue" when it follows: "hot dinner at the venue". */
const MEAL_NAMED = new RegExp(String.raw`(?:(?:hot|cold|warm|light)[ \u00a0]+)?(?<![\p{L}\d_])(?:${MEAL}|${LATE_FOOD})(?![\p{L}\d_])(?:[ \u00a0]+(?:chaude?|froide?|caliente|fr[ií][oa]|cald[oa]|fredd[oa]|quente|fri[oa])\b)?(?:[^.,;:\n]*?\bat[ \u00a0]+(?:the[ \u00a0]+)?(?:venue|club|hall|festival site|site))?`, 'iu');
// An ampersand may join two of its words ("Fig & Thyme Kitchen").
// The name after the eatery word may stand in quotes or guillemets ("Ταβέρνα «Ο Γλάρος»", 'Bar "Nord"').
const RESTAURANT_NAME = new RegExp(String.raw`(?:[\p{Lu}][\p{L}'’&-]*[ \u00a0]+(?:&[ \u00a0]+)?){0,2}${EATERY}(?![\p{L}])(?:[ \u00a0]+(?:[«"“„]?[\p{Lu}][\p{L}'’&-]*[»"”]?|${PLACE_JOINER})){0,3}`, 'u');
const RESTAURANT_NAMES = new RegExp(RESTAURANT_NAME.source, 'gu');
/** An eatery word alone, naming no place. */
const BARE_EATERY = new RegExp(String.raw`^${EATERY}$`, 'u');
/**
 * The first eatery written with its name ("Ошхона / Кафе (lunch) ⇥ Ошхонаи «Боғи Сабз», …"): a kind
 * column's bare eatery word before it names no place. Else the first eatery word.
 */
function namedRestaurant(text: string): RegExpExecArray | null {
  const all = [...text.matchAll(RESTAURANT_NAMES)];
  return all.find((m) => !BARE_EATERY.test(m[0].trim())) ?? all[0] ?? null;
}
/** A named place the meal is at: "at Restaurang Lyktan", "in the Backstage Village", Portuguese "no Bar Azul", notes' "@ Fig Tree" (a spaced "@", no e-mail's). */
// A generic eatery word may stand before the name, in lower case: "au restaurant La Criée", "at the restaurant Pelle".
const NAMED_PLACE = new RegExp(String.raw`(?:\b(?:at|in|im|i|på|en|au|à|bei|chez|no|na|em)|(?<!\S)@)[ \u00a0]+(?:the[ \u00a0]+)?(?:(?:restaurant|restaurante|restaurang|ristorante|brasserie|bistro|bistrot|café|cafe)[ \u00a0]+)?((?:[\p{Lu}][\p{L}'’&-]*)(?:[ \u00a0]+(?:[\p{Lu}][\p{L}'’&-]*|${PLACE_JOINER})){0,4})`, 'u');
/** "Dinner is at the venue" names the same meal as "dinner … at the venue". */
const VERB = /\b(?:is|are|will\s+be|was|be|gets?|served|provided|ist|wird|är|blir|es|est|sera)\b/giu;
const COUNT_PHRASE = /\s*\b(?:for|für|för|para|pour|voor)\s+(?:up\s+to\s+)?\S+\s+(?:people|persons?|pax|guests|personen|personer|personas|personnes)\b/giu;
const TIME_PHRASE = /\s*\b(?:at|um|kl\.?|a\s+las|à|om|from)\s+\d{1,2}[:.h]\d{2}\b|\s*\b\d{1,2}[:.]\d{2}\b/giu;

/** A Turkish locative or ablative ending written after a name's apostrophe: "'da", "'de", "'ta", "'nda", "'dan". */
const TURKISH_CASE_ENDING = /['’]n?[dt][ae]n?$/u;

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "for 8", "para 6", "bord til 5", "tavolo per 7", "stůl pro 5": the people the meal is for — a number no unit follows ("for 20 minutes"). */
function bareCount(text: string): Hit<number> | undefined {
  // A word after the count is its unit ("for 7 nights"), unless it opens the meal's time ("for 7 at 6.15pm").
  const m = /\b(?:for|para|für|för|til|pour|voor|per|pro)\s+(\d{1,2})(?![\p{L}\d€$£%]|\s*(?:(?!(?:at|from|um|ab|à|om|alle|kl\.?)\s+\d)[\p{L}€$£%]|[:.]\d))/iu.exec(text);
  return m ? { value: Number(m[1]), index: m.index, length: m[0].length } : undefined;
}

/** "8 meals", "12 hot dinners": the caterer's count of plates is the party's size ("3 meals a day" is a rate, not a party). */
function mealCount(text: string): Hit<number> | undefined {
  const m = /(?<![\d.,:])(\d{1,3})[ \u00a0]+(?:(?:hot|cold|warm|vegetarian|vegan)[ \u00a0]+)?(?:meals|dinners|lunches|plates|portions)(?![\p{L}])(?![ \u00a0]+(?:a|per)[ \u00a0]+day)/iu.exec(text);
  if (!m) return undefined;
  // "2 hot meals provided", "2 meals (lunch and dinner) per person", "lunch and dinner – 2 meals": what is
  // served to each, not how many eat.
  if (SERVED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 50))) return undefined;
  if (new Set([...text.matchAll(MEAL_KIND)].map((k) => k[1]!.toLowerCase())).size > 1) return undefined;
  return { value: Number(m[1]), index: m.index, length: m[0].length };
}
const SERVED_AFTER = /^[^.;\n]*?(?<![\p{L}])(?:provided|per[ \u00a0]+(?:person|head|pax|day)|a[ \u00a0]+day)(?![\p{L}])/iu;
const MEAL_KIND = /(?<![\p{L}])(breakfast|brunch|lunch|dinner|supper)(?:e?s)?(?![\p{L}])/giu;

/** "DKK 150 per person x 6", "€20 pp × 8": a per-head amount multiplied by the party's size ("x 3 courses" counts no people). */
function perHeadTimes(text: string): Hit<number> | undefined {
  const m = /(?:\bper\s+(?:person|head|pax)|\bp\.?p\.?|\/\s*(?:person|head|pax))\s*[x×]\s*(\d{1,3})(?![\d\p{L}])(?!\s*(?!(?:people|persons?|pax|guests?|covers)\b)\p{L})/iu.exec(text);
  return m ? { value: Number(m[1]), index: m.index + m[0].lastIndexOf(m[1]!), length: m[1]!.length } : undefined;
}

interface Ctx {
  ref: Date | null;
  showDate: string | null;
  country: string | null;
}

/**
 * "restocked after dinner", "na het diner aangevuld", "vor dem Essen": a meal named only to say when
 * something else happens is no meal of its own.
 */
const MEAL_AS_TIME = /(?:^|[^\p{L}])(?:after|before|during|na|voor|tijdens|nach|vor|während|efter|före|under|après|avant|pendant|después\s+de(?:l)?|antes\s+de(?:l)?|durante|dopo|prima\s+di)(?:\s+(?:the|het|de|dem|der|den|le|la|l'|el|il|lo|la))?\s*$/iu;

/** "the hall has a private lunch event till 3": a meal word naming another party's event held there is no meal of the act's. */
const OTHER_EVENT = /^[ \u00a0]+(?:event|function|reception)s?(?![\p{L}])/iu;

/** "20.15 lobby → dinner": a meal word after a ride's arrow is where the ride goes, no meal of its own. */
const RIDE_TO = /[\p{L}\d][ \u00a0]*(?:→|->|=>)[ \u00a0]*$/u;

/** "in lieu of", "instead of", "anstelle von", "au lieu du": the meal word after it names what is replaced. */
const IN_LIEU_OF = /(?:^|[^\p{L}])(?:in\s+lieu\s+of|instead\s+of|rather\s+than|statt|anstelle\s+(?:von|des)|au\s+lieu\s+d[eu]|en\s+lugar\s+de(?:l)?|en\s+vez\s+de(?:l)?|i\s+stället\s+för|in\s+plaats\s+van)(?:\s+(?:the|a|an|der|des|le|la|el|het|de))?\s*$/iu;

/** One meal read from a piece of text (a sentence, a labelled value, a row). */
function readMeal(r: Reader, piece: { text: string; start: number }, method: Method, ctx: Ctx, name?: Hit<string>): FoodDraft | null {
  const { text, start } = piece;
  if (BUYERS_OPTION.test(text) || offersBuyoutInstead(text) || buysOutLodging(text)) return null;
  const at = <T>(h: Hit<T>, validated: boolean | null = null): Found<T> => r.at(h.value, [start + h.index, start + h.index + h.length], validated, method);
  const d: FoodDraft = {};
  // The place is named after the meal word ("dinner … at Restaurang Lyktan"); a hotel is not it.
  const from = Math.max(0, MEAL_AT.exec(text)?.index ?? 0);
  const after = text.slice(from);
  // "Dinner Sat 7pm, Rice Barn, Canal Road – 6 pax": the place and its address in the meal's comma parts (food-listed-place.ts).
  const listed = name ? null : listedPlace(text, from);
  const place = name ?? (() => {
    const caterer = CATERER.exec(after) ?? QUOTED_CATERER.exec(after);
    if (caterer) return { value: caterer[1]!.trim(), index: from + caterer.index + caterer[0].indexOf(caterer[1]!), length: caterer[1]!.trim().length };
    const restaurant = RESTAURANT.exec(after);
    const m = NAMED_PLACE.exec(after);
    if (m && !/^\d/.test(m[1]!) && !VENUE_ROOM.test(m[1]!) && !lodgingNames(m[1]!).length && !(restaurant && restaurant.index < m.index)) {
      return { value: m[1]!.trim(), index: from + m.index + m[0].indexOf(m[1]!), length: m[1]!.trim().length };
    }
    // Turkish names the place before the meal ("Lokanta Martı'da akşam yemeği"): an eatery anywhere in the piece.
    const full = (restaurant ?? RESTAURANT.exec(text)) && namedRestaurant(text);
    return full ? { value: full[0].trim(), index: full.index, length: full[0].trim().length } : undefined;
  })() ?? listed?.name;
  // "Lokanta Martı'da" (Turkish "at …"): a case ending after an apostrophe is no part of the name.
  const suffix = place ? TURKISH_CASE_ENDING.exec(place.value) : null;
  if (place && suffix) place.length = (place.value = place.value.slice(0, suffix.index)).length;
  if (place) d.name = at(place);
  else {
    // "In lieu of catering, … a food buyout": the meal replaced is not the one given.
    const meals = [...text.matchAll(new RegExp(MEAL_NAMED.source, 'giu'))].filter((m) => !IN_LIEU_OF.test(text.slice(0, m.index)));
    // "les repas : un dîner chaud …": a meal word labelling the item gives way to the meal named after it.
    const meal = meals.find((m) => !/^[ \t]*:/.test(text.slice(m.index + m[0].length))) ?? meals[0];
    if (!meal || MEAL_AS_TIME.test(text.slice(0, meal.index)) || RIDE_TO.test(text.slice(0, meal.index)) || OTHER_EVENT.test(text.slice(meal.index + meal[0].length))) return null;
    // "a food buyout": food alone names no meal, so its buyout word stays with it ("Dinner buyout" is the dinner).
    const buyout = /^(?:food|essen|comida|mat)$/i.test(meal[0].trim()) ? /^[ \u00a0]+buy-?outs?\b/i.exec(text.slice(meal.index + meal[0].length)) : null;
    const label = (meal[0] + (buyout?.[0] ?? '')).replace(COUNT_PHRASE, '').replace(TIME_PHRASE, '').replace(VERB, ' ').replace(/\s+/g, ' ').trim();
    d.name = r.at(capitalise(label), [start + meal.index, start + meal.index + meal[0].length + (buyout?.[0].length ?? 0)], null, method);
  }
  d.kind = r.at(kindOf(text, d.name.value), d.name.span, null, 'inferred');
  const terms = d.kind.value === 'buyout' ? buyoutTerms(text) : undefined;
  if (terms) d.notes = at(terms);
  // A day's list of lines read as one piece ("Get-in 14h" over "repas chaud 19h"): the meal's own line gives its time.
  const times = findTimes(text);
  const nameAt = d.name.span ? d.name.span[0] - start : -1;
  const lineFrom = text.lastIndexOf('\n', nameAt - 1) + 1;
  const lineTo = text.indexOf('\n', nameAt) < 0 ? text.length : text.indexOf('\n', nameAt);
  const time = (nameAt >= 0 && lineFrom > 0 ? times.find((t) => lineFrom <= t.index && t.index < lineTo) : undefined) ?? times[0];
  // "Lunch 2:30": a meal's bare hour is read in the half of the day it is eaten in.
  if (time) d.time = at({ ...time, value: mealHalfOfDay(text, text.slice(time.index, time.index + time.length), time) }, true);
  const date = looseDates(text, ctx.ref).find((x) => x.hasYear || ctx.ref);
  if (date) d.date = at(date, true);
  else if (ctx.showDate) d.date = r.at(ctx.showDate, null, null, 'inferred');
  const people = peopleCounts(text)[0] ?? bareCount(text) ?? perHeadTimes(text) ?? mealCount(text);
  if (people) d.guestCount = at(people);
  // "6 personnes (dont 1 végétarien)", "para 6 personas (1 vegano)": the diets of the party are the meal's notes.
  // "…, provided by Fig Kitchen (2 vegetarian)": a bracket naming diets later in the sentence says the same.
  const dietFrom = people ? people.index + people.length : 0;
  const diet = people ? DIET_ASIDE.exec(text.slice(dietFrom)) ?? DIET_BRACKET.exec(text.slice(dietFrom)) ?? DIET_OF_WHICH.exec(text.slice(dietFrom)) : null;
  const dietText = diet ? (diet[1] ?? diet[2])! : null;
  if (diet && dietText && !d.notes) d.notes = at({ value: dietText.trim(), index: dietFrom + diet.index + diet[0].indexOf(dietText), length: dietText.trim().length });
  const ref = bookingReferences(text)[0];
  if (ref) d.bookingReference = at(ref);
  // A restaurant's number written after it with a phone label ("…, Rennes — tél. 02 99 …").
  const phone = place ? /\b(?:t[ée]l[ée]?(?:phone|efon|efono)?|phone|tlf|tfn|puh)\.?:?[ \t]*(\+?\d[\d ()./-]{6,}\d)/iu.exec(text.slice(place.index + place.length)) : null;
  const parsedPhone = phone ? normalisePhone(phone[1]!, ctx.country) : null;
  if (phone && parsedPhone?.validated) {
    const i = place!.index + place!.length + phone.index + phone[0].indexOf(phone[1]!);
    d.phone ??= at({ value: parsedPhone.value, index: i, length: phone[1]!.length }, true);
  }
  const room = roomIn(text);
  const addressFrom = place ? place.index + place.length : 0;
  // "in dressing room 2, Thai buffet": the room's number opens no street address.
  const inRoom = (at: number) => !!room && room.index! <= at && at < room.index! + room[0].length;
  const address = addresses(text.slice(addressFrom)).find((a) => (isStreetAddress(a.value) || NUMBERED_STREET.test(a.value)) && !inRoom(addressFrom + a.index));
  if (!address && room) d.address = at({ value: room[1]!, index: room.index! + room[0].lastIndexOf(room[1]!), length: room[1]!.length });
  const listedHere = listed && place?.value === listed.name.value ? listed : null;
  // A place listed with its own streets, not a room of the venue: a table booked out (the street read, if any, is among them).
  const listedStreet = !!listedHere?.address && (!address || (listedHere.address.index <= addressFrom + address.index && addressFrom + address.index < listedHere.address.index + listedHere.address.length));
  if (!room && listedStreet && !CATERER.test(text)) d.kind = r.at('restaurant' as const, d.name.span, null, 'inferred');
  if (!address && !room && listedHere?.address) {
    d.address = at(listedHere.address);
    const city = placeOf(listedHere.address.value);
    if (city.city && city.cityIndex !== null) d.city = r.at(city.city, [start + listedHere.address.index + city.cityIndex, start + listedHere.address.index + city.cityIndex + city.city.length], null, 'inferred');
  }
  if (listedHere?.notes) d.notes ??= at(listedHere.notes);
  if (address) {
    d.address = at({ ...address, index: address.index + addressFrom });
    const city = placeOf(address.value);
    if (city.city && city.cityIndex !== null) d.city = r.at(city.city, [start + addressFrom + address.index + city.cityIndex, start + addressFrom + address.index + city.cityIndex + city.city.length], null, 'inferred');
  }
  return d;
}

/** "22 rue de Strasbourg", "4 Mill Lane": a number and a street word make a street even with no city after it. */
const NUMBERED_STREET = /^\d+[a-z]?,?\s+(?:(?:rue|avenue|av\.|boulevard|bd|quai|place|via|viale|calle|carrer|avenida)\s+\p{L}|(?:\p{L}+\s+){1,3}(?:street|road|lane|row|square|avenue|walk|way)$)/iu;

/**
 * A bracket right after the head count naming diets: "(dont 1 végétarien)", "(1 vegano)", "(2 vegetarians)";
 * or a clause after its comma that includes them: "8 meals, incl. 2 vegan & 1 coeliac".
 */
const DIET_ASIDE = /^\s*(?:\(([^()]{0,40}(?<![\p{L}])(?:veg\p{L}*|v[ée]g[ée]\p{L}*|gluten\p{L}*|lacto\p{L}*|allerg\p{L}*|halal|kosher|cel[ií]ac\p{L}*|co?eliac\p{L}*)[^()]{0,40})\)|,[ \u00a0]*((?:incl\.|including|inkl\.|inklusive|of[ \u00a0]+which)[^.;\n()]{0,40}?(?<![\p{L}])(?:veg\p{L}*|v[ée]g[ée]\p{L}*|gluten\p{L}*|lacto\p{L}*|allerg\p{L}*|halal|kosher|cel[ií]ac\p{L}*|co?eliac\p{L}*)[^.;\n()]{0,40}))/iu;
/**
 * A later clause of the sentence opening on "of which" and naming diets, up to its comma ("…, served in the green
 * room, of which 1 vegan"): Danish "heraf", Norwegian "herav", Swedish "varav", German "davon".
 */
const DIET_OF_WHICH = /,[ \u00a0]*((?:heraf|herav|varav|davon|of[ \u00a0]+which)[ \u00a0][^.;,\n()]{0,40}?(?<![\p{L}])(?:veg\p{L}*|gluten\p{L}*|lacto\p{L}*|allerg\p{L}*|halal|kosher|c[eø]liak\p{L}*|co?eliac\p{L}*)[^.;,\n()]{0,40})/iu;
/**
 * The bracket of DIET_ASIDE anywhere after the count, with a figure in it ("(2 vegetarian)", "(dont un repas végétarien)",
 * "(one vegan)"); a bracket without one may be a menu ("(vegan options)").
 */
const DIET_BRACKET = /\(((?=[^()]{0,40}(?:\d|(?<![\p{L}])(?:one|un|une|ein|eine|uno|una|um|uma|een|en|ett)[ \u00a0]))[^()]{0,40}(?<![\p{L}])(?:veg\p{L}*|v[ée]g[ée]\p{L}*|gluten\p{L}*|lacto\p{L}*|allerg\p{L}*|halal|kosher|cel[ií]ac\p{L}*|co?eliac\p{L}*)[^()]{0,40})\)/iu;

/** A value that points elsewhere ("As per the rider", "see attached", "laut Rider") names no provider. */
// "Per Artist rider", "per the rider": the rider says what is asked, not what was booked.
const REFERRAL = /^(?:as\s+per|per(?=\s+(?:the\s+)?(?:\p{L}+['’]?s?\s+)?rider)|see|according\s+to|laut|gemäß|siehe|enligt|según|selon|voir|zie)\b/iu;

/** "$ 220.00", "€1.500", "300 EUR": an amount and nothing else. */
const AMOUNT_ONLY = /^\s*(?:[$€£]\s*)?\d[\d,.' ]*(?:\s*(?:[$€£]|[A-Z]{3}))?\s*$/;
/** A line's value after its words: "Rent      $ 1,500.00" → "$ 1,500.00". */
const COST_ROW = /^\s*[^\d$€£\n]{2,60}?(?:\t|\s{2,}|:\s*)(\S.*)$/u;

/** "Catering / Buyouts   $ 220.00" between other costs: a line of an expenses list, not a meal. */
function isCostLine(reading: Reading, lineIndex: number): boolean {
  const cost = (i: number) => {
    const m = COST_ROW.exec(reading.lines[i]?.text ?? '');
    return !!m && AMOUNT_ONLY.test(m[1]!);
  };
  return cost(lineIndex) && (cost(lineIndex - 1) || cost(lineIndex + 1));
}

/** "Dinner buyout for 6", "Lunch buy-out": a meal word, then the buyout word. */
const MEAL_OPENS = new RegExp(String.raw`^(?:(?:a|an|one)[ \u00a0]+)?${MEAL}(?![\p{L}])`, 'iu');
const MEAL_BUYOUT = new RegExp(String.raw`^${MEAL}[ \u00a0]+buy-?outs?\b`, 'iu');

/**
 * "Hot meal for 8 or $20 buyout, at Purchaser's option", "a hot meal for seven, or a buy-out of €20 per person in
 * lieu", "hot dinner for 6, or a buyout of EUR 15 per person", "warmes Essen … oder Buyout mit 20 € pro
 * Person": a choice between a meal and its priced buy-out is a
 * contract's or rider's term, no meal booked yet.
 */
const BUYERS_OPTION = /\bat\s+(?:the\s+)?(?:purchaser|buyer|promoter|employer|presenter)['’]?s?\s+(?:option|discretion|choice)\b|\b(?:or|oder)\s+(?:an?\s+)?(?:food\s+|meal\s+)?buy-?outs?\b(?:(?:[^.\n]|\.\d){0,60}\bin\s+lieu\b|\s+(?:of|mit|von)\s+(?:[A-Z]{3}\s?|[$€£]\s?)?\d)/i;

/**
 * "Instead of dinner a buyout of €15 pp can be paid on request", "Statt Abendessen auf Wunsch Buyout": a buyout
 * offered in place of a meal, at the party's wish, is an alternative to the meal booked, no meal of its own.
 */
const BUYOUT_IN_PLACE_OF_MEAL = new RegExp(String.raw`(?<![\p{L}])(?:instead\s+of|in\s+lieu\s+of|statt|anstelle\s+(?:von|des)|au\s+lieu\s+d[eu]|en\s+lugar\s+del?|i\s+stället\s+för|in\s+plaats\s+van)\s+(?:the\s+|dem\s+|le\s+|el\s+|het\s+)?${MEAL}(?![\p{L}])[^.
]{0,80}?(?<![\p{L}])buy-?out`, 'iu');
const AT_REQUEST = /(?<![\p{L}])(?:on\s+request|if\s+(?:preferred|you\s+prefer|wished)|auf\s+Wunsch|wahlweise|sur\s+demande|a\s+petici[óo]n|p[åa]\s+beg[äa]ran|op\s+verzoek|optional(?:ly)?)(?![\p{L}])/iu;
const offersBuyoutInstead = (text: string) => BUYOUT_IN_PLACE_OF_MEAL.test(text) && AT_REQUEST.test(text);

/** "Board: breakfast included", "Verpflegung: Frühstück inklusive", "Frühstück: exkl. (15 € p.P.)": a stay's board, not a meal booked. */
// The local word before the slash may carry vowel signs (Khmer "អាហារពេលព្រឹក / Breakfast").
// "ü" as ASCII writes it ("Fruehstueck") or a scan's OCR reads it ("Friihstiick").
const BOARD_INCLUDED = /^(?:[\p{L}\p{M}]+\s*\/\s*)?(?:breakfast|fr(?:ü|ue|ii|u)hst(?:ü|ue|ii|u)ck|frukost|frokost|desayuno|petit[- ]déjeuner|colazione|ontbijt|aamiainen|śniadanie)\b.{0,40}\b(?:included|incl\.?|inkl\.?|excluded|excl\.?|exkl\.?|exklusive|inklusive|inkludiert|inbegriffen|ingår|inkluderad|inkludert|incluido|incluso|compris|inclus|inbegrepen|sisältyy|wliczone)(?![\p{L}])/iu;

/** The stay's board as a value ("Board: breakfast included") or labelled by its meal ("Breakfast: 07:00–10:00 incl."). */
function boardIncluded(l: Labelled): boolean {
  return BOARD_INCLUDED.test(l.value) || BOARD_INCLUDED.test(`${l.label} ${l.value}`);
}

/** "Lunch: Not provided – PDs to band", "Dinner: none": the meal is not given. */
const NOT_PROVIDED = /^\s*(?:not\s+provided|none|not\s+included|no\s+(?:meal|lunch|dinner|catering))\b/i;

/** A diet named ("1 vegan (Sol)", "coeliac"): a Dietary row's facts, not its request to send them ("tell us by Wednesday"). */
const DIET_WORD = /(?<![\p{L}])(?:veg\p{L}*|v[ée]g[ée]\p{L}*|gluten\p{L}*|lacto\p{L}*|allerg\p{L}*|halal|kosher|co?eliac\p{L}*|cel[ií]ac\p{L}*|pescat\p{L}*|nuts?|dairy)(?![\p{L}])/iu;

/**
 * "5.1. Dinner: 18:00 · location: backstage · 8 people · provided by: X": a meal's details run on
 * its line in " · " segments, some labelled, which the label reading cuts off; the meal is the whole
 * line, from its word (a contract's clause number is no date).
 */
function mealLine(reading: Reading, l: Labelled): { text: string; start: number } | null {
  if (l.key !== 'meal') return null;
  const lineEnd = l.line.start + l.line.text.length;
  const rest = reading.source.text.slice(l.span[0] + l.value.length, lineEnd);
  if (!/^\s*[·•|]\s/.test(rest)) return null;
  const word = /^\s*(?:\d{1,2}(?:\.\d{1,2})*\.\s+)?/.exec(l.line.text)![0].length;
  const start = l.line.start + word;
  return { text: reading.source.text.slice(start, lineEnd), start };
}

/**
 * A catering value up to its first later sentence that names neither a meal nor a time: such a sentence
 * ("Water and rider in the dressing room from get in.") speaks of other things, so its room is not the meal's.
 */
function firstSentence(piece: { text: string; start: number }): { text: string; start: number } {
  const ends = [...piece.text.matchAll(/(?<=[\p{Ll})\]])\.\s+(?=\p{Lu})/gu)].map((m) => m.index + 1);
  for (const [i, end] of ends.entries()) {
    const next = piece.text.slice(end, ends[i + 1] ?? piece.text.length);
    if (!new RegExp(MEAL_WORDS.source, 'iu').test(next) && !findTimes(next).length) return { text: piece.text.slice(0, end), start: piece.start };
  }
  return piece;
}

/** A restaurant's name in quotation marks after the word ("ресторанот „X“", "restaurant «X»", "restoran „X“"). */
const QUOTED_RESTAURANT = /(?<!\p{L})(?:ресторан(?:от)?|restaurant|restaurante|ristorante|restoran(?:ot|u)?)[ \t]+[„“"«]([^„“”"«»\n]{2,40})[“”"»]/iu;

/** "Meal tickets", "Meal vouchers", "Essensmarken": how many of each meal the party gets. */
const MEAL_TICKETS = /^(?:meal|food|catering)\s+(?:tickets?|vouchers?)$|^essensmarken$|^matbiljetter$|^(?:tickets?|bons?)\s+(?:de\s+)?repas$|^maaltijdbon(?:nen)?$/i;
/** A meal's label naming where it is served: "Catering location", "Canteen place". */
const MEAL_PLACE_LABEL = /\s(?:location|place|area|where)$/i;
function namesMealPlace(label: string): boolean {
  const m = MEAL_PLACE_LABEL.exec(label.trim());
  const owner = m ? labelKey(label.trim().slice(0, m.index)) : null;
  return owner === 'catering' || owner === 'meal';
}
/** The most lines above the tickets' line the block's meals stand on. */
const TICKET_REACH = 6;

/**
 * A label that ends on the buyout word ("Hospitality buyout", "Catering buy-out"), or opens with it before the meal it
 * pays for ("Buyout dinner", "Buyout Mittagessen"); "Buyout per person" details a meal's buyout.
 */
const BUYOUT_LABEL = /(?<!\p{L})buy-?outs?\s*$|^\s*buy-?outs?\s+(?:dinner|lunch|breakfast|abendessen|mittagessen|fr[üu]hst[üu]ck|essen|diner|d[îi]ner|d[ée]jeuner|cena|comida|almuerzo|middag|lunsj|avondeten)\s*$/iu;

/** A buyout read from its label: the label names it, and the amount its value opens with is its terms, unless the value states them. */
function labelledBuyout(r: Reader, d: FoodDraft, l: Labelled): void {
  d.name = labelAsName(r, l);
  d.kind = r.at('buyout' as const, l.span, null, 'label');
  const amount = /^\s*((?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£]|[A-Z]{3}))(?![\d.,]))/u.exec(l.value);
  if (!d.notes && amount) d.notes = r.at(amount[1]!, [l.span[0] + amount.index + amount[0].indexOf(amount[1]!), l.span[0] + amount.index + amount[0].length], null, 'label');
}

/** A meal named by the buyout word alone ("Buyout", "Buy-out"). */
const BUYOUT_WORD_ONLY = /^buy-?outs?$/i;

/** The label as a meal's name, without a clause's number before it ("5.3 Lunch" → "Lunch"). */
function labelAsName(r: Reader, l: Labelled): Found<string> {
  const name = l.label.replace(/^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+/, '').trim();
  const at = l.line.start + l.line.text.indexOf(name);
  return r.at(name, [at, at + name.length], null, 'label');
}

/** A value that only answers ("Catering: yes", "Catering: passt, danke"): it names no caterer. */
const ANSWER_ONLY = /^(?:yes|no|ja|nej|nein|-|ok|okay|passt|fine|perfekt|perfect|vale|prima)$/i;

/** A doubled question mark, or one closing the value or a clause of it ("… pp?", "pp?? – ask"): the writer is unsure. */
const QUESTIONED = /\?\?|\?\s*(?:[–—-]\s|$)/;

/** "Catering: X", "Dinner: 18:00, 5 people", "Catering notes: …" blocks. */
function fromLabels(reading: Reading, r: Reader, ctx: Ctx, skip: Set<number>): FoodDraft[] {
  const drafts: FoodDraft[] = [];
  const pointers = new Set<FoodDraft>();
  let current: FoodDraft | null = null;
  let lastLine = -1;
  for (const l of reading.labelled) {
    if (skip.has(l.line.index)) continue;
    // A schedule row ("18:30  Dinner  Catering room") is read as a row, not as a label.
    // A header row ("Meal ⇥ Time ⇥ Place") is no meal either.
    // A choice of ticked boxes ("Catering: [x] yes [ ] no") is a form's, read by cateringForms.
    // A meal line ticking its kind ("Lunch: ☐ Buyout ☒ Catering") is read with its ticked option only (food-meal-choice.ts).
    const choice = tickedMeal(l);
    if (isRow(l.line.text) || labelKey(l.value.split(/\t| {2,}/)[0]!) || (CHECKBOX.test(l.value) && !choice) || boardIncluded(l) || NOT_PROVIDED.test(l.value)) continue;
    // "Lunch: buyout 15 EUR pp?? – check": a meal the writer still questions is not arranged.
    if ((l.key === 'meal' || l.key === 'catering') && QUESTIONED.test(l.value)) continue;
    // "Meal tickets: 6 per meal" under a block's meals: each of them is for that many.
    const tickets = MEAL_TICKETS.test(l.label.trim()) ? /^\s*(\d{1,3})(?!\d)/.exec(l.value) : null;
    if (tickets) {
      const from = reading.lines[Math.max(0, l.line.index - TICKET_REACH)]!.start;
      for (const d of drafts) if (!d.guestCount && (d.time?.span?.[0] ?? -1) >= from) d.guestCount = r.at(Number(tickets[1]), [l.span[0] + tickets.index, l.span[0] + tickets[0].length], null, 'label');
      continue;
    }
    const isNotes = /^(?:catering|hospitality|food|meal|verpflegung|catering)\s+(?:notes?|remarks?|info)/i.test(l.label);
    const key = isNotes ? 'notes' : l.key;
    if (current && l.line.index - lastLine > 4) current = null;
    // "Canteen location ⇥ behind the main stage" under the canteen's row: where the meal is served.
    const place = current && namesMealPlace(l.label) ? normaliseText(l.value) : null;
    if (current && place) {
      current.address ??= r.at(place, l.span, null, 'label');
      lastLine = l.line.index;
      continue;
    }
    if (key === 'catering' || key === 'meal') {
      // A line wrapped after its "at" runs on to the time opening the next line (food-wrapped-meal.ts).
      const piece = mealLine(reading, l) ?? wrappedMealPiece(reading, l, { text: `${key === 'meal' ? `${l.label} ` : ''}${l.value}`, start: l.span[0] - (key === 'meal' ? l.label.length + 1 : 0) });
      if (key === 'catering') {
        // The provider ends at a comma or a spaced dash ("Green Room catering - hot meal for 8").
        // "… a hot dinner from the restaurant „Blue Fig“, served backstage": the quoted restaurant is the provider.
        const quoted = QUOTED_RESTAURANT.exec(l.value);
        const name = quoted ? quoted[1]!.trim() : normaliseText(l.value.replace(/\s*\([^)]*\)\s*/g, ' ').split(/[,;·]|\s[-–—]\s/)[0]!);
        // "Catering: 8 meal tickets per day" is an allowance, no meal (food-ticket-allowance.ts).
        if (!name || ticketAllowance(l.value) || ANSWER_ONLY.test(name) || isPendingValue(name) || isNotApplicable(name) || REFERRAL.test(name) || BUYERS_OPTION.test(l.value) || isCostLine(reading, l.line.index)) continue;
        // "Hospitality: Ann Lee, 0497 …" under a CONTACTS heading names whom to call about it, not a caterer;
        // so does a person's name with a number and nothing else ("Hospitality ⇥ Jo Marsh ⇥ (503) 555-0144").
        if (underContactsHeading(reading, l.line.index) || isPersonAndNumber(l.value)) continue;
        // "Catering: 18:00 for 8" names no provider: the label names the meal.
        // "Hospitality: Dinner buyout for 6" names none either: the value is the meal itself.
        const mealItself = MEAL_BUYOUT.test(name);
        // "Catering: hot dinner for 3 + drinks": a value that opens with a meal word names no provider either,
        // so the label names the meal, as it does beside a time.
        current = /\p{L}{2}/u.test(name) && !findTimes(name).length && !mealItself && !MEAL_OPENS.test(name)
          ? readMeal(r, piece, 'label', ctx, { value: name, index: Math.max(0, l.value.indexOf(name)), length: name.length })
          : readMeal(r, firstSentence(mealItself ? piece : { text: `${l.label} ${l.value}`, start: l.span[0] - l.label.length - 1 }), 'label', ctx);
        // "Hospitality buyout: $250 in lieu of rider catering": a label naming a buyout names the meal; its value is the amount.
        if (current && BUYOUT_LABEL.test(l.label)) labelledBuyout(r, current, l);
        else if (current) {
          if (!mealItself) current.kind = r.at('catering' as const, l.span, null, 'label');
        }
        if (current) {
          // The meal vouchers listed above the canteen: how many eat, and from when (food-voucher-block.ts).
          const vouchers = voucherBlockAbove(reading, l.line.index);
          if (vouchers.count) current.guestCount ??= r.at(vouchers.count.value, vouchers.count.span, null, 'label');
          if (vouchers.time) current.time ??= r.at(vouchers.time.value, vouchers.time.span, null, 'label');
          drafts.push(current);
        }
      } else if (current && !current.time && !choice) {
        const meal = readMeal(r, piece, 'label', ctx);
        if (meal?.time) current.time = meal.time;
        if (meal?.guestCount) current.guestCount ??= meal.guestCount;
      } else {
        current = readMeal(r, choice ?? piece, 'label', ctx);
        // "Lunch: 1:30 – Green Fork Caterers, hot buffet, green room": the provider after the time names the meal.
        const provided = !choice && current && MEAL_ONLY.test(current.name!.value) ? providerAfterTime(l.value) : null;
        if (current && provided) {
          const part = (p: { value: string; index: number; length: number }) => r.at(p.value, [l.span[0] + p.index, l.span[0] + p.index + p.length], null, 'label');
          current.name = part(provided.name);
          current.kind = r.at('catering' as const, l.span, null, 'label');
          if (provided.notes) current.notes ??= part(provided.notes);
          if (provided.room) current.address ??= part(provided.room);
        }
        // The ticked meal is named by its provider, else by its label ("Dinner"), not by the option's word ("Catering").
        if (current && choice?.provider && current.kind?.value !== 'buyout') {
          const at = choice.start + choice.provider.index;
          current.name = r.at(choice.provider.value, [at, at + choice.provider.value.length], null, 'label');
        } else if (current && choice && MEAL_ONLY.test(current.name!.value)) current.name = labelAsName(r, l);
        if (current && choice?.room && !current.address) {
          const at = choice.start + choice.room.index;
          current.address = r.at(choice.room.value, [at, at + choice.room.value.length], null, 'label');
        }
        // "Lunch (in another language): instead of lunch, a buyout of …": a buyout named only by its word is the labelled meal's.
        if (current?.kind?.value === 'buyout' && BUYOUT_WORD_ONLY.test(current.name!.value)) current.name = labelAsName(r, l);
        if (current) withSharedCaterer(reading, r, current, l.line.index);
        if (current) drafts.push(current);
        // "Diner: zie Catering" points to the section that describes the meal, as a bracket does.
        if (current && (POINTER.test(l.value) || pointsToSection(reading, l.value.trim()))) pointers.add(current);
      }
      lastLine = l.line.index;
    } else if (current && PROVIDED_BY_LABEL.test(l.label.trim()) && l.line.index - lastLine <= 2) {
      // "Dinner: hot meal for 8" then "Provided by: Green Fork": the meal is named after its provider.
      const provider = normaliseText(l.value);
      if (provider && !REFERRAL.test(provider)) {
        current.name = r.at(provider, l.span, null, 'label');
        current.kind = r.at('catering' as const, l.span, null, 'label');
      }
      lastLine = l.line.index;
    } else if (current && key === 'guest_count' && l.line.index - lastLine <= 2) {
      // "Numbers: 9 (band 4, crew 3, support 2)": the first figure is the whole party.
      const count = /^\s*(\d{1,3})\b/.exec(l.value);
      if (count) current.guestCount ??= r.at(Number(count[1]), [l.span[0] + count.index, l.span[0] + count[0].length], null, 'label');
      lastLine = l.line.index;
    } else if (current && (key === 'notes' || (key === 'dietary' && DIET_WORD.test(l.value)))) {
      const notes = normaliseText(l.value);
      if (notes) current.notes ??= r.at(notes, l.span, null, 'label');
      lastLine = l.line.index;
    } else if (current && (key === 'phone' || key === 'email') && l.line.index - lastLine <= 2) {
      const phone = key === 'phone' ? normalisePhone(l.value, ctx.country) : null;
      const email = key === 'email' ? normaliseEmail(l.value) : null;
      if (phone) current.phone ??= r.at(phone.value, l.span, phone.validated, 'label');
      if (email) current.email ??= r.at(email, l.span, true, 'label');
    }
  }
  // "Dinner: 18:00 (see catering)": the meal the catering block describes at that time is the same one;
  // a pointer with no time of its own ("Diner: zie Catering") is the meal that block describes, whatever its time.
  return drafts.filter((d) => !pointers.has(d) || !drafts.some((o) => !pointers.has(o) && (!d.time || (o.time && o.time.value === d.time.value))));
}

/** A meal named only by its meal word under its block's caterer and room (food-shared-caterer.ts): theirs. */
function withSharedCaterer(reading: Reading, r: Reader, d: FoodDraft, lineIndex: number): void {
  if (!MEAL_OPENS.test(d.name!.value)) return;
  const { caterer, place } = sharedAbove(reading, lineIndex);
  if (caterer) {
    d.name = r.at(caterer.value, [caterer.start, caterer.start + caterer.value.length], null, 'label');
    d.kind = r.at('catering' as const, d.name.span, null, 'inferred');
  }
  if (place) d.address ??= r.at(place.value, [place.start, place.start + place.value.length], null, 'label');
}

/** "Jo Marsh ⇥ (503) 555-0144": a person's name, then a phone number and nothing else. */
function isPersonAndNumber(value: string): boolean {
  const m = /^\s*([^\d()+@]+?)[\s,–—-]*((?:\+|\()?\d[\d ()./-]{6,}\d)\s*$/u.exec(value);
  return !!m && looksLikePersonName(m[1]!.trim());
}

/** Whether the section heading nearest above line `index` is a contacts section ("CONTACTS", "Kontakt"). */
function underContactsHeading(reading: Reading, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const line = reading.lines[i]!;
    // A quoted message's header ("From: … / Sent: …") starts a message of its own: a heading above it (the
    // reply's signature, "Production Manager") heads nothing below.
    if (isAttribution(line) || inHeaderBlock(reading.lines, i)) return false;
    if (opensSection(line)) return labelKey(sectionTitle(line) ?? '') === 'contact';
  }
  return false;
}

/** A value pointing to another part of the paper: "17.30 uur (zie hospitality)", "19:00 (see below)". */
const POINTER = /\((?:see|se|siehe|voir|ver|zie|vedi|vegeu|sjá)\s+[^()]{2,25}\)\s*$/iu;

/**
 * A row's item is a meal when it opens with a meal word (the local word may come first: "Ruokailu / Dinner",
 * or a word in another script without a slash: "晚餐 Dinner").
 */
// A word ending on a vowel sign or a letter of another script ("दिउँसोको खाना", "রাতের খাবার") has no \b after it:
// neither is an ASCII word character. No letter, sign or digit may follow the meal word.
// "Restaurant (dinner)", "Ошхона / Кафе (хӯроки нисфирӯзӣ)": a kind column's eatery with its meal in brackets is a meal's row too.
const MEAL_ROW = new RegExp(String.raw`^\s*(?:[\p{L}]+\s*/\s*|[^\p{Script=Latin}\s\d]+\s+)?(?:(?:${MEAL}|${LATE_FOOD})|${EATERY}\s*\(\s*${MEAL})(?![\p{L}\p{M}\d_])`, 'iu');
const CELLS = /\t+| {2,}|\s+\|\s+/;
/** A cell holding an e-mail address, or a phone number of seven digits or more. */
const CONTACT_CELL = /[\w.+-]+@[\w-]+\.[\w.-]+|(?:\+|\b0)\d[\d ()/-]{5,}\d/;
/** A time cell, bare or after its word ("klo 18.00", "kl. 18:00"), or before the hour's "h" ("13.30 h"). */
/** "18:30", "kl. 18.30", "18h30" (as Portuguese and French write it), "18 h 30" (as Québec writes it). */
// An American sheet writes its clock with AM/PM ("6:00 PM"), a German one with its "Uhr" ("18:00 Uhr").
const BARE_TIME = /^(?:(?:kl|klo|kello)\.?\s*)?\d{1,2}(?:[:.h]| h )\d{2}(?:\s*h|\s*uhr|\s*[ap]\.?m\.?)?$/i;

/** "12:00–15:00", "18.00 - 20.30": a meal's serving window in one cell. */
const TIME_WINDOW = /^\d{1,2}[:.]\d{2}\s*[-–—]\s*\d{1,2}[:.]\d{2}$/;
/** "12 Nov, 13:30", "Fri 14/05 19:00": a "Date & time" column's cell, the day before the clock (checked as a date too). */
const DATED_TIME = /^[^\t]{3,30}?[,\s]\s*\d{1,2}[:.]\d{2}$/u;

function cellsIn(text: string): string[] {
  return text.split(CELLS).map((c) => c.trim()).filter(Boolean);
}

/** A schedule row: cells, one of them a bare time. */
function isRow(text: string): boolean {
  const cells = cellsIn(text);
  return cells.length >= 2 && cells.some((c) => BARE_TIME.test(c));
}

/** "6. HOSPITALITY", "3. CATERING": a document's numbered section heading in capitals. */
const NUMBERED_SECTION = /^\s*\d{1,2}\.\s+\p{Lu}[\p{Lu}\s&/,–-]*\p{Lu}(?:\s*\([^()]*\))?\s*$/u;
const STAY_OR_TRIP: ReadonlySet<string> = new Set(['check_in', 'check_out', 'arrival', 'departure']);

/**
 * The date of a schedule row: on its line, else the last one written in the first two cells of a line
 * above (a date column, a day heading, "Date: Fri 23 April") — not one deep inside another record's
 * cells ("Hotel · Pakhus 9 · 4 rooms · check-out 24 April").
 */
function dateAbove(reading: Reading, lineIndex: number, ref: Date | null): Hit<string> | undefined {
  const monthFirst = writesYearFirst(reading.source.text);
  for (let i = lineIndex; i >= Math.max(0, lineIndex - 40); i--) {
    const line = reading.lines[i]!;
    // A date on another sheet of a workbook (an "Overview" tab's "last update") is not this row's,
    // nor one in an earlier numbered section of the document ("5. TRANSFERS" above "6. HOSPITALITY").
    // A day written so ("14. JULI") heads the meals below it, no section.
    // Nor one above the meal table's own catering heading ("Catering" over "Meal ⇥ Time …"): a transfer table's day above it is not the meals'.
    if (i < lineIndex && (sheetName(line) !== null || ((NUMBERED_SECTION.test(line.text) || isCateringHeading(line)) && !looseDates(line.text, ref).length))) break;
    // "v2 – updated 05.11.2027" dates the paper, not the meal.
    if (i < lineIndex && isVersionLine(line.text)) continue;
    const cells = cellsIn(line.text);
    // "Check-out ⇥ Sun 18/07/2027": a stay's or a trip's date, not the meals'.
    const label = cells.length > 1 ? labelKey(cells[0]!.replace(/:\s*$/, '')) : null;
    if (i < lineIndex && label && STAY_OR_TRIP.has(label)) continue;
    const beyond = i === lineIndex || cells.length <= 2 ? Infinity : line.text.indexOf(cells[2]!, line.text.indexOf(cells[1]!) + cells[1]!.length);
    // "06/11" on a paper writing "2027/06/11" is month first (food-year-first-pairs.ts).
    const text = monthFirst && !writesPairsMonthFirst(line.text) ? asDayFirstPairs(line.text) : line.text;
    const date = looseDates(text, ref).filter((x) => (x.hasYear || ref) && x.index < beyond).pop();
    if (date) return { value: date.value, index: line.start + date.index, length: date.length };
  }
  return undefined;
}

/** A section heading naming the catering ("Catering", "Makanan / Catering"). */
function isCateringHeading(line: Reading['lines'][number]): boolean {
  const title = sectionTitle(line);
  return !!title && labelKey(title) === 'catering';
}

/** A row's address cell at offset `at`, and the city it names. */
function setAddress(r: Reader, d: FoodDraft, addr: string, at: number): void {
  d.address = r.at(addr, [at, at + addr.length], null, 'table');
  // "4 rue des Lilas" alone: a house number and its street, no postcode and city.
  const place = !addr.includes(',') && NUMBERED_STREET.test(addr) ? { city: null, cityIndex: null } : placeOf(addr);
  if (place.city) d.city = r.at(place.city, [at + (place.cityIndex ?? 0), at + (place.cityIndex ?? 0) + place.city.length], null, 'inferred');
}

/** A row's place cell: the first with words that is not a head count ("for 8", "12 pax"). */
/** A cell that prices the meal ("USD 30 pp × 7", "€ 15 p.p."): a buyout's terms. */
const PRICE_CELL = /(?:[$€£¥]|(?<!\p{L})(?:CAD|USD|EUR|GBP|CHF|SEK|NOK|DKK|AUD|NZD|PLN|CZK|HUF|ETB|KES|ZAR|AZN)(?!\p{L}))\s?\d|\d\s?(?:[$€£]|(?:CAD|USD|EUR|GBP|CHF|SEK|NOK|DKK|AZN|kr|zł|Kč)(?!\p{L}))/u;
/** "Dinner — buyout", "Lunch - catering", "Abendessen / Catering": a kind word after the meal's dash or slash. */
const BUYOUT_AFTER_DASH = /\s+[-–—]\s+buy-?outs?\s*$/iu;
const KIND_AFTER_DASH = /\s+[-–—/]\s+(?:buy-?outs?|per diems?|catering|hot meal|restaurant)\s*$/iu;

function whereCell(cells: string[]): string | undefined {
  // "— (buyout)": a dash for no place, whatever its bracket says.
  return cells.find((c) => !/^for\s+\d|^\d+\s*(?:pax|people|persons)|^[-–—]\s*\(/i.test(c) && /\p{L}/u.test(c));
}

/** A part of a details cell the meal's other fields already say: a head count ("6 pax", "table for 6") or the caterer. */
const SAID_ELSEWHERE = new RegExp(String.raw`^(?:(?:table|tisch|bord|mesa|tafel)\s+)?(?:for|für|för|til|para|pour|voor)\s+\d+$|^\d+\s*(?:x\s*)?(?:pax|people|persons?|guests|personen|personer|personas|personnes|couverts|persones|comensals|tiquets|kişi|άτομα)$|${CATERER.source}`, 'iu');

/** A meal row's details cell without what other fields say: "6 pax, 1 vegan" → "1 vegan"; "Fig Kitchen, 6 pax" → nothing when Fig Kitchen is the name. */
function detailNotes(cell: string, name: string | undefined): string | null {
  // "from Taverna X", "από Ταβέρνα X": the name after one small word says who serves it, no more.
  const isName = (part: string) => {
    const folded = foldText(part.trim());
    const own = name ? foldText(name) : '';
    return !!own && (folded === own || (folded.endsWith(` ${own}`) && /^\p{L}{1,4}$/u.test(folded.slice(0, -own.length - 1))));
  };
  // A bare figure (a "Pax" column's "12") is no note. Parts are cut at commas, semicolons, middle dots and spaced
  // dashes ("Catering by X · 9 pax · 2 vegan", "X Kitchen – 10 pax; 2 GF").
  return normaliseText(cell.split(/[,;]\s*|\s+[-–—·•]\s+/).filter((part) => /\p{L}/u.test(part) && !SAID_ELSEWHERE.test(part.trim()) && !isName(part)).join(', '));
}

/** "Dinner (see below)", "Dinner – see CATERING": the meal is described in another part of the paper. */
const SEE_BELOW = /\((?:see|se|siehe|voir|ver|zie|vedi)\s+(?:below|under|nedan|nedenfor|unten|ci-dessous|abajo|onder|sotto)\)|\s[-–—]\s+(?:see|siehe|voir|zie|vedi)\s+\p{Lu}[\p{Lu}\s/&]*$/iu;

/**
 * A cell pointing to another part of the paper ("see MEALS", "vegeu Menjars", "siehe Catering"): the
 * meal is read there. In lower case ("see catering") it points to a heading the paper has ("CATERING").
 */
const SEE_SECTION = /^(?:see|siehe|voir|ver|vegeu|vegi|zie|vedi|se)\s+(\p{L}[\p{L}\s/&]*)$/u;
/** "see § 6", "siehe § 4", "see clause 6", "voir article 6": a contract's numbered clause. */
const SEE_CLAUSE = /^(?:see|siehe|voir|ver|vegeu|vegi|zie|vedi|se)\s+(?:§|(?:clause|section|article|art\.|ziffer|punkt|paragraph|artikel|cláusula|clausola|artículo|articolo)\s)\s*\d+\.?$/iu;
/** "see 5", "Buyout — see 5": a pointer to the sheet's numbered section, maybe after a word and a dash. */
const SEE_NUMBER = /(?:^|\s[-–—]\s+)(?:see|siehe|voir|ver|vegeu|vegi|zie|vedi|se)\s+(?:§\s*)?\d{1,2}\.?$/iu;
/** "Lunch (catering, see item 4)", "Обед (кейтеринг, см. п. 4)": a bracket closing on a pointer to a numbered item. */
const BRACKETED_POINTER = /[(,;]\s*(?:see|siehe|voir|vedi|zie|см\.?|смотри|див\.?)\s+(?:§\s*|(?:item|section|clause|punkt|ziffer|point|п\.|пункт|раздел|розділ)\s*)?\d{1,2}\.?\)\s*$/iu;
function pointsToSection(reading: Reading, cell: string): boolean {
  // A bilingual paper writes the pointer in both languages ("voir section 4 / see section 4").
  if (cell.split(/\s+\/\s+/).some((half) => SEE_CLAUSE.test(half) || SEE_NUMBER.test(half))) return true;
  if (BRACKETED_POINTER.test(cell)) return true;
  const target = SEE_SECTION.exec(cell)?.[1]?.trim();
  if (!target) return false;
  if (/^\p{Lu}/u.test(target)) return true;
  return reading.lines.some((line) => {
    const text = line.text.trim().replace(/:$/, '');
    return text === text.toUpperCase() && foldText(text) === foldText(target);
  });
}

/** "Sala polivalent (planta 1) · cuina de Cal Pere Xic": the place written before the caterer in its cell is where the meal is served. */
function placeBeforeCaterer(cells: string[]): string | undefined {
  for (const cell of cells) {
    const m = CATERER.exec(cell);
    const before = m && m.index > 0 ? cell.slice(0, m.index).replace(/[\s·|,;–-]+$/u, '').trim() : '';
    if (/\p{L}{3}/u.test(before)) return before;
  }
  return undefined;
}

/** A cell opening on the caterer's trade and name, then a spaced dash and the place ("Traiteur La Marmite — cour arrière"). */
function catererThenPlace(cells: string[]): { cell: string; name: string; place: string; placeAt: number } | undefined {
  for (const cell of cells) {
    const m = CATERER.exec(cell);
    if (!m || m.index > 0) continue;
    const dash = /\s[-–—]\s+/u.exec(cell.slice(m[0].length));
    if (!dash || /\S/u.test(cell.slice(m[0].length, m[0].length + dash.index))) continue;
    const name = m[0].trim(), placeAt = m[0].length + dash.index + dash[0].length;
    const place = cell.slice(placeAt).trim();
    if (/\p{L}{3}/u.test(place)) return { cell, name, place, placeAt };
  }
  return undefined;
}

/** "12 Quay Road - table for 6", "Mill Lane 4 – 8 pax": the party after a spaced dash is no part of the street. */
function withoutCountAfterDash(cell: string): string {
  const m = /\s+[-–—]\s+([^-–—]+)$/u.exec(cell);
  return m && (TABLE_BOOKING.test(m[1]!) || peopleCounts(m[1]!).length) ? cell.slice(0, m.index) : cell;
}

/** Schedule rows whose item is a meal: headed tables, and lines that open with a time. */
function fromRows(reading: Reading, r: Reader, ctx: Ctx, labelled: Set<number>): FoodDraft[] {
  const drafts: FoodDraft[] = [];
  const letterhead = catererOfLetterhead(reading);
  for (const line of reading.lines) {
    if (labelled.has(line.index)) continue;
    const cells = cellsIn(line.text);
    // A meal's serving window ("12:00–15:00") says when it opens.
    const time = cells.find((c) => BARE_TIME.test(c) || TIME_WINDOW.test(c) || (DATED_TIME.test(c) && looseDates(c, ctx.ref).length > 0));
    // A meal table's row is a meal whatever its meal cell says ("Aftershow"): meal-column.ts.
    const item = cells.find((c) => MEAL_ROW.test(c)) ?? mealCellOn(reading, line);
    // "Dinner (see below)": the meal is described further down, and read there.
    // "Dinner — buyout ⇥ — ⇥ 7": a buyout is paid, not served, so its row may give no time.
    const buyout = !!item && BUYOUT_AFTER_DASH.test(item);
    if ((!time && !buyout) || !item || SEE_BELOW.test(item) || cells.some((c) => pointsToSection(reading, c)) || onStayRow(reading, line)) continue;
    // A meal table's city and rider cells are not where or what the meal is (meal-column.ts).
    const aside = notOfTheMeal(reading, line);
    const rest = cells.filter((c) => c !== time && c !== item && !looseDates(c, ctx.ref).length && !aside.has(c));
    const itemIndex = line.text.indexOf(item);
    const d = readMeal(r, { text: line.text, start: line.start }, 'table', ctx, MEAL_ROW.test(item) ? undefined : { value: item, index: itemIndex, length: item.length });
    if (!d) continue;
    const caterer = CATERER.test(line.text);
    const servedAt = caterer ? placeBeforeCaterer(rest) : undefined;
    // An item listing its place ("ڈنر، Blue Courtyard، مال روڈ", food-listed-place.ts) keeps the name readMeal gave it, below.
    if (servedAt) d.address = r.at(servedAt, [line.start + line.text.indexOf(servedAt), line.start + line.text.indexOf(servedAt) + servedAt.length], null, 'table');
    else if (caterer && d.address === undefined) {
      // "Catering by Green Fork, 12 pax" names who serves it; the row's place cell is where.
      const where = whereCell(rest.filter((c) => !CATERER.test(c)));
      if (where) d.address = r.at(where, [line.start + line.text.indexOf(where), line.start + line.text.indexOf(where) + where.length], null, 'table');
    } else if (!caterer && !RESTAURANT.test(line.text) && !NAMED_PLACE.test(rest.join(' ')) && listedPlace(item, 0)?.name.value !== d.name?.value
      // "dinner @ Fig Tree, 12 Quay Road": the item's own cell names the place readMeal took as the meal's name.
      && NAMED_PLACE.exec(item)?.[1]?.trim() !== d.name?.value) {
      // No named place: the row's item names the meal, its location cell is where it is served.
      const itemAt = line.text.indexOf(item);
      // "Dinner — buyout": the word after the dash says what kind of meal it is, the meal is its name.
      // "Abendessen / Catering (10 Pers., 2x vegan)": a bracket counting the people is the count and its note, no part of the name.
      const counted = /\s*\(([^()]*)\)\s*$/u.exec(item);
      const meal = (counted && peopleCounts(counted[1]!).length ? item.slice(0, counted.index) : item).replace(KIND_AFTER_DASH, '');
      d.name = r.at(normaliseText(meal)!, [line.start + itemAt, line.start + itemAt + meal.length], null, 'table');
      d.kind = r.at(kindOf(line.text, item), d.name.span, null, 'inferred');
      // On a caterer's own paper its meals are served by it (food-caterer.ts).
      if (letterhead) {
        d.name = r.at(letterhead.value, letterhead.span, null, 'inferred');
        d.kind = r.at('catering' as const, letterhead.span, null, 'inferred');
      }
      // So are the meals of a section that names its caterer for all of them ("All meals by X").
      // A buyout is money in place of a meal: no caterer serves it.
      const allBy = letterhead || d.kind.value === 'buyout' ? undefined : catererOfAllMeals(reading, line.index);
      if (allBy) {
        d.name = r.at(allBy.value, [allBy.start, allBy.start + allBy.value.length], null, 'label');
        d.kind = r.at('catering' as const, d.name.span, null, 'inferred');
      }
      // "USD 30 pp × 7, cash from the promoter": a cell pricing the meal says how it is paid, not where it is.
      const dietary = dietaryCellOn(reading, line);
      const where = whereCell(rest.filter((c) => !PRICE_CELL.test(c) && c !== dietary));
      const whereAt = where ? line.start + line.text.indexOf(where) : 0;
      // "Casa Bogdan, Str. Iuliu Maniu 5, Cluj" — a place's name, then its street: the name is the provider.
      const named = where && /^([^,\d]{2,40}),\s*(.*\d.*)$/u.exec(where);
      if (named && named[2]!.length < 80 && !VENUE_ROOM.test(named[1]!)) {
        d.name = r.at(named[1]!.trim(), [whereAt, whereAt + named[1]!.trim().length], null, 'table');
        d.kind = r.at(kindOf(line.text, d.name.value), d.name.span, null, 'inferred');
        setAddress(r, d, named[2]!, whereAt + where!.indexOf(named[2]!));
      } else if (where) d.address = r.at(where, [whereAt, whereAt + where.length], null, 'table');
    } else if (d.name && d.address === undefined) {
      const after = line.text.slice(line.text.indexOf(d.name.value) + d.name.value.length).replace(/^,\s*/, '');
      // The address ends with its cell; a remark bracketed after the house number is no part of it
      // ("C/ del Pou 12 (booked in the name of …)"). Nor is a pointer to another section ("(see item 6)").
      // A name that fills its cell has its street in the next one ("Bistro X | Mill Lane 4 | 8"), not
      // a booking's reference or head count there ("Ref 4411", "Table for 8").
      const [own, next] = after.split(/\t+| {2,}|\s+[·|•]\s+/);
      const street = next && /^\p{Lu}/u.test(next) && !bookingReferences(next).length && !peopleCounts(next).length;
      const cell = own!.trim() || (street ? next : '');
      const addr = withoutCountAfterDash(withoutCrossReference(cell).replace(/(\d\p{L}?)\s*\([^()]*\)$/u, '$1').trim());
      // "Dinner | Green room | Fig Kitchen": a kitchen named, the meal served in a room of the venue —
      // the venue's catering, and the room is where (food-words.ts).
      const room = rest.find((c) => VENUE_ROOM.test(c));
      if (room) {
        d.address = r.at(room, [line.start + line.text.indexOf(room), line.start + line.text.indexOf(room) + room.length], null, 'table');
        d.kind = r.at('catering' as const, d.address.span, null, 'inferred');
      } else if (/\d/.test(addr) && addr.length < 80 && !SAID_ELSEWHERE.test(addr)) {
        setAddress(r, d, addr, line.start + line.text.indexOf(addr));
      }
    }
    // "Dinner | Caterer Green Fork — tent behind the stage": a where cell opening on the caterer's trade names
    // the caterer before its spaced dash and where it serves after it.
    const tradeFirst = caterer ? catererThenPlace(rest) : undefined;
    if (tradeFirst) {
      const cellAt = line.start + line.text.indexOf(tradeFirst.cell);
      d.name = r.at(tradeFirst.name, [cellAt, cellAt + tradeFirst.name.length], null, 'table');
      d.kind = r.at('catering' as const, d.name.span, null, 'inferred');
      delete d.city;
      d.address = r.at(tradeFirst.place, [cellAt + tradeFirst.placeAt, cellAt + tradeFirst.placeAt + tradeFirst.place.length], null, 'table');
    }
    // "Lunch — crew room, 1st floor | Fig Kitchen": the place after the meal's dash is where it is served.
    // "Dinner - catering backstage": the kind's word before the place is no part of it.
    const dashed = d.address === undefined ? placeAfterDash(item) : null;
    const servedIn = dashed?.place.replace(/^(?:catering|buffet|hot meal|buy-?out)\s+/iu, '');
    if (dashed && servedIn) {
      const servedAt = line.start + itemIndex + dashed.placeAt + dashed.place.length - servedIn.length;
      d.address = r.at(servedIn, [servedAt, servedAt + servedIn.length], null, 'table');
    }
    // "Lunch – Fig & Thyme (green room), for 9": the provider after the meal's dash names it, the bracket's room is where (food-dash-provider.ts).
    const dashProvider = MEAL_ROW.test(item) ? providerAfterMealDash(item) : null;
    if (dashProvider) {
      const at = line.start + itemIndex;
      d.name = r.at(dashProvider.name.value, [at + dashProvider.name.index, at + dashProvider.name.index + dashProvider.name.value.length], null, 'table');
      // What the item's own text gave as the address (its bracket, its count) is not where, unless the bracket names a room.
      if (d.address?.span && d.address.span[0] >= at && d.address.span[0] < at + item.length) delete d.address;
      const room = dashProvider.room;
      if (room) d.address = r.at(room.value, [at + room.index, at + room.index + room.value.length], null, 'table');
      // A kitchen serving in a room of the venue ("Dinner – X Küche | Backstage lounge") is its catering.
      const inRoom = !!d.address && VENUE_ROOM.test(d.address.value);
      d.kind = r.at(inRoom ? 'catering' as const : kindOf(line.text, dashProvider.name.value), d.name.span, null, 'inferred');
    }
    // A meal table's provider column names who serves the row's meal: the meal is named after it (food-provider-cell.ts).
    const provider = providerCellOn(reading, line);
    if (provider && !isNotApplicable(provider.value) && !isPendingValue(provider.value)) {
      d.name = r.at(provider.value, provider.span, null, 'table');
      d.kind = r.at(kindOf(line.text, provider.value), provider.span, null, 'inferred');
      // "Time | Meal | Provider | Where": the place column says where the provider serves, not the provider's own cell.
      const place = d.address === undefined || d.address.span?.[0] === provider.span[0] ? providerPlaceCellOn(reading, line) : null;
      if (place) {
        delete d.city;
        setAddress(r, d, place.value, place.span[0]);
        if (VENUE_ROOM.test(place.value)) d.kind = r.at('catering' as const, place.span, null, 'inferred');
      }
      // "Provider — Place": the place and phone written after the provider in its cell.
      if (provider.place) setAddress(r, d, provider.place.value, provider.place.span[0]);
      // "Fig Kitchen – green room": a kitchen serving in a room of the venue is its catering.
      if (provider.place && VENUE_ROOM.test(provider.place.value)) d.kind = r.at('catering' as const, provider.place.span, null, 'inferred');
      const phone = provider.phone ? normalisePhone(provider.phone.value, ctx.country) : null;
      if (phone) d.phone = r.at(phone.value, provider.phone!.span, phone.validated, 'table');
    }
    // A schedule grid's company column on a bare meal row names the firm serving it, as a provider column does (food-provider-cell.ts).
    const firm = !provider && d.name && MEAL_ONLY.test(d.name.value) ? companyCellOn(reading, line) : null;
    if (firm) {
      d.name = r.at(firm.value, firm.span, null, 'table');
      d.kind ??= r.at(kindOf(line.text, firm.value), firm.span, null, 'inferred');
    }
    // A meal table's phone column ("Meal | Time | Where | Phone") is the number of the place it names.
    const phoneCell = d.phone || !d.name || MEAL_ONLY.test(d.name.value) ? undefined : mealRecordOn(reading, line)?.cells.phone;
    const tablePhone = phoneCell?.span ? normalisePhone(phoneCell.value, ctx.country) : null;
    if (tablePhone) d.phone = r.at(tablePhone.value, phoneCell!.span!, tablePhone.validated, 'table');
    const counted = d.guestCount ? undefined : countCell(reading, line);
    if (counted) d.guestCount = r.at(counted.value, [line.start + counted.index, line.start + counted.index + counted.length], null, 'table');
    const rowDate = dateAbove(reading, line.index, ctx.ref);
    if (rowDate) d.date = r.at(rowDate.value, [rowDate.index, rowDate.index + rowDate.length], true, 'table');
    // The details column is the last of two or more worded cells (the first is where): "6 pax, 1 vegan".
    // A contact column's person ("Ann Lee (promoter) 070-… · ann@…") is whom to call, no detail of the meal.
    const worded = rest.filter((c) => !BARE_TIME.test(c) && !CONTACT_CELL.test(c));
    const details = worded.length >= 2 ? worded[worded.length - 1]! : worded.find((c) => PRICE_CELL.test(c) && c !== d.address?.value) ?? null;
    const notes = details && detailNotes(details, d.name?.value);
    if (notes) d.notes = r.at(notes, [line.start + line.text.lastIndexOf(details), line.start + line.text.lastIndexOf(details) + details.length], null, 'table');
    // A remark indented under a row that names its provider is the meal's note (food-detail-line.ts); under a bare
    // meal word the line below says who serves it or its kind ("Catering by X", "Buyout, $25/pp"), read elsewhere.
    const remark = d.notes || !dashProvider || labelled.has(line.index + 1) ? null : remarkBelow(reading, line.index);
    if (remark) d.notes = r.at(remark.value, remark.span, null, 'table');
    drafts.push(d);
  }
  return drafts;
}

/**
 * The source's text as the reading sees it (e-mail headers and chat prefixes blanked), offsets kept.
 * A blanked chat prefix starts a new message, so it starts with a line break: no sentence runs into it.
 */
function proseText(reading: Reading): string {
  const original = reading.source.text;
  let out = '';
  for (const line of reading.lines) {
    out += original.slice(out.length, line.start);
    const blanked = line.text.length > 0 && /\s/.test(line.text[0]!) && !/\s/.test(original[line.start] ?? ' ');
    out += blanked ? `\n${line.text.slice(1)}` : line.text;
  }
  return out + original.slice(out.length);
}

const REQUEST = /\b(?:please|no later than|we (?:need|require|ask for|would like)|(?:is|are) required|must be|spätestens|bitte|wir (?:benötigen|brauchen)|senast|vi (?:behöver|önskar)|por favor|solicitamos|necesitamos|pedimos|rogamos|au plus tard|nous (?:demandons|avons besoin)|merci de prévoir|chiediamo|richiediamo)(?![\p{L}])/iu;
const PROMOTION = /\b\d{1,2}[ \u00a0]?%[ \u00a0]?(?:off|discount|rabatt|de descuento|de r[ée]duction|di sconto|korting)\b/iu;
const ABOARD = /(?<![\p{L}])(?:at (?:your |the )?seats?|on ?board|in-?flight|an bord|[àa] bord|a bordo|aan boord|om ?bord|am platz)(?![\p{L}])/iu;
/** "lunch on the road", "Essen unterwegs": the meal word itself is eaten travelling ("we will be on the road" is not). */
const ON_THE_ROAD = new RegExp(String.raw`\b${MEAL}\s+(?:on the (?:road|go)|unterwegs|onderweg)(?![\p{L}])`, 'iu');
/** A pick-up or drop-off in the clause right after a time: the time is the ride's. */
const RIDE_AFTER_TIME = /^[^,.;!?\n\d]{0,25}?(?<![\p{L}])(?:pick[\s-]?up|drop(?:-?off)?)(?![\p{L}])/iu;
const CONDITION = /\b(?:if|unless|in case|provided that|wenn|falls|sofern|ifall|såvida)\b/i;

/**
 * A sentence, maybe wrapped over lines, but not across a blank line, into a list item ("- ", "2. ", "b) ") or table cells (tabs).
 * "kl. 18.30", "ca. 20 Personen", "tél. 02 …", "R.K. Salai": an abbreviation's (or the last of two initials') period ends no sentence,
 * nor does a floor's ordinal ("i salen på 1. sal", "im 3. Stock"). In a timetable
 * without full stops ("17:00 soundcheck" over "18:30 dinner …") a line that starts with a clock time under
 * another such line starts a sentence of its own.
 */
const SENTENCE = /(?:[^.!?\n\t]|[.!?](?=[^\s.!?])|(?<=\b(?:kl|ca|t[ée]l|tlf|tfn|(?![ap]\.m\b)[A-Z]\.[A-Z]))\.(?= )|(?<=\b\d{1,2})\.(?= (?:sal|etage|etasje|v[åa]ning|stock|obergeschoss)\b))+(?:\n(?!\s*\n)(?![ \t]*(?:[-•*–—]|\d{1,2}[.)]|[a-z]\))[ \t])(?!(?<=(?:^|\n)[ \t]*(?:kl\.?[ \t]*)?\d{1,2}[:.]\d{2}\b[^\n]*\n)[ \t]*(?:kl\.?[ \t]*)?\d{1,2}[:.]\d{2}\b)(?:[^.!?\n\t]|[.!?](?=[^\s.!?])|(?<=\b(?:kl|ca|t[ée]l|tlf|tfn|(?![ap]\.m\b)[A-Z]\.[A-Z]))\.(?= )|(?<=\b\d{1,2})\.(?= (?:sal|etage|etasje|v[åa]ning|stock|obergeschoss)\b))+)*(?:[.!?](?=\s|$)|(?=\n)|$)/gi;
/** A semicolon opening a clause on the stay ("; l'hébergement en …", "; accommodation at …", "; Unterkunft im …"). */
const LODGING_CLAUSE = /[ \u00a0]*;[ \u00a0\n]*(?:(?:l['’]|the[ \u00a0]+|die[ \u00a0]+|el[ \u00a0]+|la[ \u00a0]+)?(?:h[ée]bergement|accommodation|lodging|hotel|h[ôo]tel|unterkunft|[üu]bernachtung|alojamiento|alloggio|logement|overnachting|boende))(?![\p{L}])/iu;
/** A contract clause's numbered heading line ("Article 7 — Accueil", "Art. 4 Catering", "§ 5 Verpflegung"), up to its line break. */
const CLAUSE_HEADING_LINE = /^[ \t]*(?:art(?:icle|ikel|[íi]culo|icolo|\.)?|§)[ \t]*\d{1,2}\b[^\n]*\n/i;
/** The line break before a heading line in capitals ("CATERING", "HOTEL & TRAVEL"). */
const CAPS_HEADING_BELOW = /\n(?=[ \t]*\p{Lu}{2,}(?:[ \t&/:–—-]+\p{Lu}{2,})*[ \t:]*(?:\n|$))/u;

/**
 * A sentence wrapped between two words reads as one line ("cooked by" at one line's end, the caterer
 * on the next). A number ending a line stays apart from the next line's ("tél. 02 99 …" over
 * "6 personnes"), and so does a heading in capitals above the sentence ("DINNER" over "Bistro Fenna, …").
 */
function joinWrappedWords(text: string): string {
  return text.replace(/(?<=\p{L})\n(?=\p{L})/gu, (nl, at: number) => {
    const lineAbove = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
    return /\p{Ll}/u.test(lineAbove) ? ' ' : nl;
  });
}

/** Breakfast in the languages the lexicon reads (Finnish "aamiainen", Polish "śniadanie" too). */
const BREAKFAST = /breakfast|frühstück|frukost|frokost|desayuno|petit[- ]d[ée]jeuner|ontbijt|colazione|aamiai\p{L}*|śniadani\p{L}*/iu;

/**
 * Sentences about a meal that say when or for how many, read paragraph by paragraph (a sentence
 * may wrap). Breakfast is left out: it comes with the hotel room.
 */
function fromProse(reading: Reading, r: Reader, ctx: Ctx, skip: Set<number>): FoodDraft[] {
  const drafts: FoodDraft[] = [];
  const text = proseText(reading);
  const sentences = new RegExp(SENTENCE.source, SENTENCE.flags);
  for (let m = sentences.exec(text); m; m = sentences.exec(text)) {
    // A heading in capitals ("HOTEL") opens a block of its own: the sentence ends above it, the next one starts with it.
    const heading = CAPS_HEADING_BELOW.exec(m[0]);
    if (heading) sentences.lastIndex = m.index + heading.index + 1;
    const whole = heading ? m[0].slice(0, heading.index) : m[0];
    // "un dîner servi à 20h00 … ; l'hébergement en deux chambres à l'Hôtel X, 5 rue …": the stay's clause after
    // the semicolon lends the meal neither its address nor its nights' dates.
    const sentence = whole.slice(0, LODGING_CLAUSE.exec(whole)?.index ?? whole.length);
    // A contract clause's heading ("Article 7 — Accueil : hébergement et repas") runs into no sentence of its clause.
    const clause = CLAUSE_HEADING_LINE.exec(sentence);
    if (clause) { sentences.lastIndex = m.index + clause[0].length; continue; }
    if (!MEAL_AT.test(sentence) || BREAKFAST.test(sentence)) continue;
    const lines = reading.lines.filter((l) => l.end >= m.index && l.start <= m.index + sentence.length);
    if (lines.some((l) => skip.has(l.index) || l.text.includes('\t'))) continue;
    if (!findTimes(sentence).length && !peopleCounts(sentence).length) continue;
    // A meal offered on a condition ("… if the Artist travels from outside") is not booked.
    if (CONDITION.test(sentence)) continue;
    // "… a hot meal for 8 people, served no later than two hours before": a rider's request, not a booking.
    if (REQUEST.test(sentence)) continue;
    // "Guests enjoy 15% off food in our grill (open 17:30–22:00)": a hotel's promotion books no meal.
    if (PROMOTION.test(sentence)) continue;
    // "Light meal served at your seat on morning departures": a carrier's service aboard, no meal booked for the party;
    // "pick-up 10:15, lunch on the road": a meal eaten while travelling is booked nowhere either.
    if (ABOARD.test(sentence) || ON_THE_ROAD.test(sentence)) continue;
    const meals: FoodDraft[] = [];
    for (const piece of mealClauses(sentence)) {
      const d = readMeal(r, { text: joinWrappedWords(piece.text), start: m.index + piece.at }, 'pattern', ctx);
      // "dinner ku 7:50 ku reception la pickup" (for dinner, pick-up at 7:50 at reception): the time is the ride's, no meal's.
      if (d && MEAL_ONLY.test(d.name!.value) && d.time?.span && RIDE_AFTER_TIME.test(text.slice(d.time.span[1], d.time.span[1] + 40))) continue;
      if (d) meals.push(d);
    }
    if (meals.length === 1) withTableOfNextSentence(text, m.index + sentence.length, meals[0]!, r);
    drafts.push(...meals);
  }
  return drafts;
}

/** "… Osteria X, Via Y 58. Table booked for 8 people, set menu.": the paragraph's next sentence books the meal's table (food-table-sentence.ts). */
function withTableOfNextSentence(text: string, end: number, d: FoodDraft, r: Reader): void {
  const sentences = new RegExp(SENTENCE.source, SENTENCE.flags);
  sentences.lastIndex = end;
  const next = sentences.exec(text);
  if (!next || /\n\s*\n/.test(text.slice(end, next.index))) return;
  const table = bookedTable(next[0], MEAL_AT.test(next[0]) || findTimes(next[0]).length > 0);
  if (!table) return;
  const span = (h: Hit<unknown>): [number, number] => [next.index + h.index, next.index + h.index + h.length];
  d.guestCount ??= r.at(table.count.value, span(table.count), null, 'pattern');
  if (table.remark) d.notes ??= r.at(table.remark.value, span(table.remark), null, 'pattern');
}

const MEAL_WORDS = new RegExp(String.raw`\b${MEAL}\b`, 'giu');

/**
 * "Lunch 12.00–14.00 and dinner 17.45–19.30 in the Artist Village": meals each with a time of their
 * own share the rest of the sentence (the place), so each is read from its own word to the end.
 */
function mealClauses(sentence: string): { text: string; at: number }[] {
  const words = [...sentence.matchAll(MEAL_WORDS)].map((w) => w.index);
  const timed = words.filter((at, i) => findTimes(sentence.slice(at, words[i + 1] ?? sentence.length)).length);
  return timed.length > 1 ? timed.map((at) => ({ text: sentence.slice(at), at })) : [{ text: sentence, at: 0 }];
}

function foodIn(source: ExtractedSource, uctx: UnderstandContext, answersOnly = false): FoodDraft[] {
  const markup = schemaOrgReservations(source).food;
  if (markup.length) return markup;
  // A rider's catering and dinner are asks, not bookings; only a venue's answer typed on it books a meal (rider-asks.ts).
  if (!answersOnly && asksOnly(source)) {
    const answers = bookedMealAnswers(source);
    return answers ? foodIn(answers, uctx, true) : [];
  }
  // A tour app's typed-item export: only its Meal rows are meals.
  const typed = typedFood(source, showPlace(uctx).country);
  if (typed) return typed;
  // A calendar's agenda print: its meal events are the meals (food-agenda.ts).
  const agenda = agendaMeals(source, showPlace(uctx).country);
  if (agenda) return agenda;
  const reading = read(source);
  const r = readerFor(source, 'pattern');
  const ctx: Ctx = { ref: referenceDate(source, uctx), showDate: showDateOf(uctx), country: showPlace(uctx).country };
  const blocks = mealBlocks(reading, r, ctx);
  const forms = cateringForms(reading, r, ctx);
  const labelled = fromLabels(reading, r, ctx, blocks.lines);
  // A provider table's rows, their meals named in the notes column, are read by their columns (food-provider-table.ts).
  const providerRows = providerTableMeals(reading, r, ctx.ref);
  const labelledLines = new Set([...blocks.lines, ...forms.lines, ...providerRows.lines, ...reading.labelled
    .filter((l) => (l.key === 'catering' || l.key === 'meal' || /notes?/i.test(l.label)) && !isRow(l.line.text))
    .map((l) => l.line.index)]);
  const rows = fromRows(reading, r, ctx, labelledLines);
  const rowLines = new Set([...labelledLines, ...rows.flatMap((d) => (d.name?.span ? [reading.lines.findIndex((l) => l.start <= d.name!.span![0] && d.name!.span![0] <= l.end)] : []))]);
  // A sentence about a meal of the table at the same day and time ("note: dinner moved to 18:00") is that meal, read in its row.
  const sameSlot = (d: FoodDraft) => rows.some((row) => row.time?.value === d.time?.value && row.date?.value === d.date?.value);
  const prose = fromProse(reading, r, ctx, rowLines).filter((d) => !d.time || !sameSlot(d));
  // A newer message's new head count for a meal an older one booked (food-update.ts).
  // A later chat message's meal told again by its meal word, moved or recounted (food-chat-update.ts).
  // A timetable's bare meal word at a named meal's day and time is that meal (food-bare-meal.ts), once newer messages' counts are applied.
  // A catering section's meal blocks are its meals: the form reading of the same lines under another name (the
  // section's heading) adds none; one of a block's own name is that meal, combined with it.
  const lineAt = (at: number) => reading.lines.findIndex((l) => l.start <= at && at <= l.end);
  const readInBlocks = (d: FoodDraft) => {
    if (blocks.drafts.some((b) => foldText(b.name!.value) === foldText(d.name?.value ?? ''))) return false;
    const spans = Object.entries(d).filter(([k]) => k !== 'name' && k !== 'kind').flatMap(([, f]) => (f && !Array.isArray(f) && f.span ? [f.span[0]] : []));
    return spans.length > 0 && spans.every((at) => blocks.lines.has(lineAt(at)));
  };
  const formMeals = blocks.drafts.length ? forms.drafts.filter((d) => !readInBlocks(d)) : forms.drafts;
  const meals = withBareMealsAbsorbed(chatMealUpdates(reading, countUpdates(reading, combineMeals([...blocks.drafts, ...labelled, ...formMeals, ...providerRows.drafts, ...rows, ...prose].filter((d) => d.name)))));
  mealAnswers(source, reading.lines, meals);
  // A later chat message's "Dinner is 7" (food-chat-recount.ts); a map preview's address line (food-place-card.ts).
  chatRecounts(reading, meals);
  addressesFromPlaceCards(reading, meals);
  // "Hot meal 19:00" over "Provided by X": the provider on the line under a meal (food-provider-below.ts).
  providersBelow(reading, r, meals);
  // "… meals by «X» (place: Y):" over "a) lunch — 14:00, 8 people": the list's meals are the lead-in's caterer's (food-list-lead-in.ts).
  mealsOfListLeadIns(reading, r, meals);
  // "dinner … from X Catering": a meal named by its word alone is the firm's its line names (food-named-caterer.ts).
  mealsOfNamedCaterers(reading, r, meals);
  // A catering section's "Item | Detail" table: caterer, room, meal times, head count, dietary (food-detail-table.ts).
  mealsOfDetailTables(reading, r, meals, ctx.showDate);
  // "Catering: 8 meal tickets per day": the catering meals are for that many (food-ticket-allowance.ts).
  withTicketCounts(reading, r, meals);
  // A festival's same meals on each of its days: the show day's are the party's (food-daily-service.ts).
  // A hotel's breakfast hours are no meal booked (food-hotel-service-hours.ts).
  return withoutHotelServiceHours(reading, showDayOfDailyService(meals, ctx.showDate));
}

/**
 * Readings of one meal (a label and a sentence about it) become one; two meals of the same name on
 * different days or at different times ("Dinner" on the travel day and on the show day) stay two.
 */
function combineMeals(drafts: FoodDraft[]): FoodDraft[] {
  const differ = <T>(a: Found<T> | undefined, b: Found<T> | undefined) => a && b && a.method !== 'inferred' && b.method !== 'inferred' && a.value !== b.value;
  const sameMeal = (a: FoodDraft, b: FoodDraft) => foldText(a.name!.value) === foldText(b.name!.value) && !differ(a.date, b.date) && !differ(a.time, b.time);
  const meals: FoodDraft[][] = [];
  for (const d of drafts) {
    const meal = meals.find((m) => m.every((o) => sameMeal(o, d)));
    if (meal) meal.push(d); else meals.push([d]);
  }
  return meals.flatMap((m) => combineByName(m, (d) => d.name!.value));
}

export const extract: SectionExtractor<Food> = (ctx) => ctx.sources.flatMap((s) => foodIn(s, ctx));
