/**
 * The day's timed items (load-in, soundcheck, doors, sets, curfew, transfers, interviews…) as a
 * source states them, read once and shared by `general` (doors/set/soundcheck/curfew times) and
 * `activities` (every item). Four readings, each value with its span:
 *
 *   labelled   "Soundcheck: 16:30", "Einlass 19:00 Uhr", "Accreditation: 13:00 at Artist Gate"
 *   tables     a header row naming a time column and an item column (day sheets, itineraries)
 *   legs       "Ride 1: Fri 03.09.2027, pick-up 14:20" with indented "From:", "To:", "Notes:" lines
 *   lines      "14:00 – 15:00  Load-in  Stage door"
 *   lists      "full soundcheck 16:00-17:15, then X line check 17:30", "doors 19:30, us 21:15, curfew 23:00"
 *   narrative  "soundcheck at 16:30", "support (X) plays 19:45-20:30", "you're on at 21:00 for 80 minutes"
 *
 * A line read by an earlier reading is not read again. Meals, hotel check-in/out and flights are not
 * activities (they have their own sections), so items whose name says so are left out. In an e-mail
 * thread the quoted older messages are read too, and each fact keeps its newest statement.
 */
import { besideEarlierPair } from './schedule-side-by-side.js';
import { isCancelledRow } from './travel/rooming-rows.js';
import { arrowCorrectedTimes, endRowsOfSets } from './schedule-form-corrections.js';
import type { ActivityKind, ExtractedSource } from '../../interfaces.js';
import { foldText } from '../../reference/index.js';
import { found, type Found } from '../found.js';
import { besideCurrency, findDates, findTimes, isWeekdayWord, measureAfter, minutesBetween, normaliseDuration, normaliseText, normaliseTime } from '../normalise/index.js';
import { actBeforeSetLabel, depthAt, evidenceAt, labelKey, leadingLabel, lineAt, read, unquoted, type EmailMessage, type Labelled, type LabelKey, type Line } from '../text/index.js';
import { dittoItem } from './schedule-ditto-line.js';
import { LATIN, OTHER, renderedCell } from '../text/bilingual-lines.js';
import { formKnownHalf, halfAt, topLevelHalves } from '../text/bilingual-value.js';
import { restatesClockInWords } from './clock-in-words.js';
import { cutsNamesToKnownHalf } from '../text/doubled-values.js';
import { categorise } from './documents.js';
import { ACTIVITY_KINDS, activityKind, LOADING_PLACE, NOT_ACTIVITY, OPENING_HOURS, ROUTE } from './activity-kinds.js';
import { CLOCK_WORD, LATVIAN_INDONESIAN_NARRATIVE, RANGE_UNTIL } from './activity-words-lv-id.js';
import { withoutGloss } from './schedule-glossed-name.js';
import { slotParts } from './schedule-slot-parts.js';
import { calendarEvents } from './calendar.js';
import { actSlots } from './schedule-acts.js';
import { actAfterTime, supportActOf } from './schedule-set-acts.js';
import { narrativeMatches, afterCurfewClause } from './schedule-narrative-matches.js';
import { laterChatCorrections } from './schedule-chat-corrections.js';
import { timesTakenBack } from './schedule-not-time.js';
import { answeredItems } from './schedule-answers.js';
import { pickupItems } from './schedule-pickups.js';
import { tagalogRideItems, tellsRide } from './schedule-pickups-tl.js';
import { hausaRideItems } from './schedule-pickups-ha.js';
import { HAUSA_ON_STAGE, hausaSetMinutes, isHausaOnStage } from './schedule-hausa-stage.js';
import { dropProvisionalChatItems } from './schedule-chat-provisional.js';
import { tanglishRideItems } from './schedule-pickups-ta.js';
import { rideLineItems } from './schedule-ride-lines.js';
import { afternoonLoadIns } from './schedule-load-in-before-check.js';
import { dropHalfDayRepeats } from './schedule-half-day-repeats.js';
import { chatRideLabelItems } from './schedule-chat-ride-labels.js';
import { numberedRideItems } from './schedule-numbered-rides.js';
import { MALAY_DAY_PART } from '../normalise/malay-clock.js';
import { maniIsClock } from '../normalise/tamil-clock.js';
import { opensWithSinhalaClock } from '../normalise/sinhala-clock.js';
import { ridePlanItems } from './schedule-ride-plan.js';
import { dropListRestatedByTable } from './schedule-table-over-list.js';
import { numberedRunBlocks } from './schedule-numbered-run-blocks.js';
import { inRideBlock, rideFormItems } from './schedule-ride-form.js';
import { writtenYearDate } from './written-year.js';
import { runningOrderItems } from './schedule-running-order.js';
import { returnLineItems } from './schedule-return-lines.js';
import { arrivalAside, drawnRouteName, namedRoute, withoutDriverAside } from './schedule-routes.js';
import { callRide } from './schedule-call-rides.js';
import { isPlaceNoteHeader, readPlaceNoteCell } from './schedule-place-note-cell.js';
import { itemCellParts, NOTE_IN_BRACKETS, onlyCrossReference, pointsElsewhere, remarkInBrackets, withoutCrossReference } from './schedule-name-cell.js';
import { timedBlockDetails, WHEN_LABEL } from './schedule-timed-block.js';
import { lowerPlaceAfterComma, peopleAfterPlace, peopleThenPlace, placeAfterItem } from './schedule-places.js';
import { typedScheduleItems } from './typed-schedule.js';
import { agendaItems } from './schedule-agenda.js';
import { formScheduleRows } from './schedule-form-rows.js';
import { announcesTimedRows, closesWithDayBracket, headsTimedRows, isDayBanner, opensPointingClause } from './schedule-day-banner.js';
import { isCityOfSigning } from './issue-date.js';
import { isVersionLine } from './version-line.js';
import { isTicketingDate } from './schedule-ticketing-date.js';
import { weekdayHeadings } from './schedule-weekday-headings.js';
import { columnRoute, isNoteColumn, wordRoute } from './schedule-columns.js';
import { dayPart } from './schedule-day-values.js';
import { attachDetailLines } from './schedule-detail-lines.js';
import { lookAheadLines } from './schedule-look-ahead.js';
import { checksOfActs } from './schedule-check-acts.js';
import { isMealTable } from './meal-column.js';
import { withoutOlderPlan } from './show-moved.js';
import { withSlotTimeCell } from './schedule-time-cell.js';
import { shiftedTimes, timesIn } from './schedule-time-range.js';
import { dayMonthOf, dayOfMonthAfter, listDayWord } from './schedule-list-days.js';
import { persianRideRoute } from './schedule-route-words-fa.js';
import { marksOwnRow } from './schedule-own-row-mark.js';
import { joinStartEndRows } from './schedule-start-end-rows.js';
import { onLabelledStage } from './schedule-stage-label.js';
import { changeoversBeforeSets } from './schedule-changeover.js';
import { withoutIndicativeRestated } from './schedule-indicative-time.js';
import { withoutHedgedBesideFirm } from './schedule-hedged-time.js';
import { billedSupportSlots } from './schedule-billed-support.js';
import { settlementSlots } from './schedule-settlement-prose.js';
import { bareHourDoors } from './schedule-bare-hour-doors.js';
import { playedUntil } from './schedule-play-until.js';
import { footnotedTimes } from './schedule-footnote-time.js';

export interface ScheduleItem {
  name: Found<string>;
  kind: Found<ActivityKind>;
  start: Found<string>;
  end?: Found<string>;
  /** Only when the source ties the item to a date (a dated row, a day heading). */
  date?: Found<string>;
  location?: Found<string>;
  destination?: Found<string>;
  notes?: Found<string>;
  /** A stated length ("for 80 minutes"), for the set. */
  lengthMinutes?: Found<number>;
  /** "you're on at 21:00": the reader's own set, to be named by the artist once known. */
  ownSet?: boolean;
  /** Named by the act as the text writes it: a set ("Beginn Lumenwald 21:00"), a check ("the soundcheck for Lumenwald"). */
  act?: boolean;
  /** A set its label calls a support slot ("Support: X 19:45"), though its name is the act's. */
  support?: boolean;
  /** How deep in an e-mail thread's quotes the item was written: 0 for the newest message. */
  depth?: number;
}


/** A word for "at the hour" ending a line: the time is on the next line ("godz.", "kl.", "ore"). */
const HOUR_WORD_AT_END = /(?<![\p{L}])(?:godz|kl|klo|ore|um|at|om|às)\.?$/iu;

/** "a) ", "b) ": the letter opening a clause's list item. */
const LETTER_MARKER = /^\s*[a-z]\)\s+/;

// Slovenian "predskupina", Serbian and Croatian "predgrupa", Macedonian and Serbian Cyrillic "предгрупа".
// Italian names the support slot by the act that opens: "artista di apertura", "gruppo di apertura".
const SUPPORT_WORD = /support|opener|(?:artista|gruppo|band) di apertura|vorband|förband|opvarmning|oppvarming|telonero|première partie|1re partie|1ère partie|vorprogramm|voorprogramma|előzenekar|predskupin|predgrup|предгруп|show de abertura|նախաելույթ/i;

/**
 * A labelled set is named by the act written before its time ("Support: Hazel & the Undertow
 * 19:45"); with no act written, by its label as written ("Showtime: 21:00").
 */
function nameLabelledSet(item: ScheduleItem, l: Labelled, timeAt: number, source: ExtractedSource): void {
  const before = l.value.slice(0, timeAt);
  const lead = before.replace(/\b(?:from|at|ab|um|från|kl|desde|a las|dès|à|vanaf|om)\.?\s*$/i, '');
  // "Saturday 14 Aug - Harbour Stage - 18:40": the day is no act, the stage is where (schedule-slot-parts.ts).
  const parts = slotParts(lead);
  if (parts?.stage) item.location = found(parts.stage.text, evidenceAt(source, [l.span[0] + parts.stage.index, l.span[0] + parts.stage.index + parts.stage.text.length], 'label'));
  const act = normaliseText(parts ? parts.act?.text : lead);
  if (act && /\p{L}{2,}/u.test(act) && !/^\p{Ll}/u.test(act) && !isClause(act)) {
    const at = l.span[0] + before.indexOf(act);
    item.name = found(act, evidenceAt(source, [at, at + act.length], 'label'));
  } else if (OWN_SLOT_LABEL.test(l.label) || MAIN_SLOT_REMARK.test(l.label) || (ARTIST_PARTY.test(l.label) && !SUPPORT_WORD.test(l.label))) item.ownSet = true;
}

/**
 * Italian "apertura" (opening) alone is the doors' opening or the opening act: run into an act's name before its time
 * ("apertura Nora Belli 20:45-21:15"), it is the support slot.
 */
/** Whether `name` is written twice or more in `text`, in any case. */
function namedTwice(text: string, name: string): boolean {
  return text.toLowerCase().split(name.toLowerCase()).length > 2;
}

function namesOpeningAct(label: string, beforeTime: string): boolean {
  const act = beforeTime.trim();
  return /^\s*apertura\s*$/i.test(label) && /^\p{Lu}/u.test(act) && looksLikeActName(act);
}

/**
 * A contract's clause before the time ("One (1) set of not less than seventy-five (75) minutes, commencing at
 * 21:15") is no act's name: many words, several of them lower-case words that are no name's joining word.
 */
function isClause(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const plain = words.filter((w) => /^\p{Ll}/u.test(w) && !NAME_JOINER.test(w));
  return words.length > 6 && plain.length >= 3;
}
const NAME_JOINER = /^(?:the|of|and|de|la|y|und|och|di|del|della|dei|da|e|du|des|le|les|van|der|den|het|von|el|los|las|do|dos)$/i;

/** A question or label put to the act about its own slot: "Your slot at X (day, stage, time)", "Our set". */
const OWN_SLOT_LABEL = /^\s*(?:your|our)\s+(?:slot|set|show|performance|stage time|set time|show time)\b/i;
/** A set word with a bracket saying it is the night's main slot ("Aanvang (hoofdprogramma)", "Start (headliner)"): the artist's own slot. */
const MAIN_SLOT_REMARK = /\((?:hoofdprogramma|hoofdact|headliner|headline|main act|main set|hauptprogramm|hauptact|t[êe]te d'affiche)\)\s*$/i;
/** A form's set label naming the artist as a party ("Artist on stage", "Heure de concert artiste"): the artist's own slot. */
const ARTIST_PARTY = /\b(?:artist|artiste|artista|artiest|künstler(?:in)?|k[üu]nstlers?)\b/i;


/** The crew's work after or between the sets ("Load-out", "Get out", "Changeover", "Abbau", "Utlastning"): a day's item, never an act. */
const CREW_WORK = /^\s*(?:load[- ]?out|get[- ]?out|change[- ]?over|pack[- ]?down|tear[- ]?down|abbau|afbouw|derig(?:ging)?|utlastning|nedrigg(?:ning)?|nedrigning)\s*$/iu;

/** "the day of the show", "le jour du concert", "am Tag des Konzerts", "el día del concierto": a day, named by the show. */
const DAY_OF = String.raw`(?:the\s+day\s+of(?:\s+the)?|le\s+jour\s+d(?:e\s+la|e\s+l['’]|u)|am\s+tag\s+de[sr]|el\s+d[ií]a\s+del?|il\s+giorno\s+de(?:l|lla|i)?|n?o\s+dia\s+d[oa]|op\s+de\s+dag\s+van)`;
const DAY_OF_SHOW = new RegExp(String.raw`^(?:on\s+)?${DAY_OF}(?!\p{L})`, 'iu');
/** The same words right before an item's word ("on the day of the | show at 18:30"). */
const DAY_OF_BEFORE = new RegExp(String.raw`(?<!\p{L})${DAY_OF}\s*$`, 'iu');

/** A time that names the journey leaving then ("the 16:40 flight", "the 9:40 train"). */
const JOURNEY_AFTER = /^\s*(?:flight|plane|train|bus|coach|ferry|boat|shuttle|vol|zug|flug|flieger|tren|vuelo|treno|volo|trein|vlucht|tåg|fly|fl[yi]get)(?!\p{L})/iu;

/** After a bare "10h": a journey it measures ("drive", "de viagem", "Fahrt"), not an item at ten. */
const TRAVEL_LENGTH = /^\s*(?:[-–—:]\s*)?(?:drive|driving|flight|journey|ferry|trip|travel|bus|overnight|de (?:viagem|estrada|route|voo|trajet|carretera)|fahrt|reise|rit|resa|kørsel)(?!\p{L})/iu;

/** A band's name standing alone as a schedule item ("Marrow Lanterns", "Lune di Sale"): capitalised words and the small joining words of names, no keyword. */
// "Meet & Greet VIP": a session with fans, capitalised as an act is, but no set.
const MEET_AND_GREET = /\bmeet\s*(?:&|and|n|'n')\s*greet\b/i;

function looksLikeActName(text: string): boolean {
  if (CREW_WORK.test(text) || MEET_AND_GREET.test(text)) return false;
  const words = text.replace(/\s*\([^()]*\)\s*$/, '').trim().split(/\s+/);
  // A romanised Japanese name joins two words with "no" ("Hoshi no Umi"); a longer line's "no" is Portuguese
  // "in the" ("Afterparty no Bar Ocidente"), a place. Macedonian and Serbian join with "од" ("of").
  return words.length <= 5 && words.every((w, i) => /^[\p{Lu}\d&]/u.test(w) || /^(the|of|and|de|la|y|und|och|di|del|della|dei|da|e|du|des|le|les|van|der|den|het|von|el|los|las|do|dos|од)$/i.test(w) || (i === 1 && words.length === 3 && w === 'no'));
}

/**
 * Items named only by an act, after the doors open, are sets: a day sheet lists the bands by name.
 * Items from before doors keep their kind.
 */
function actsAreSets(items: ScheduleItem[]): void {
  const doors = items.find((i) => i.kind.value === 'doors')?.start.value;
  // No act plays after the night's curfew: a word after it ("Quiet hours", "Load-out") closes the night, it is no band.
  const curfew = items.find((i) => i.kind.value === 'curfew')?.start.value;
  for (const item of items) {
    if (item.kind.value !== 'other') continue;
    // "ሰማያዊ ወንዝ / Blue River": an act written in both scripts is the act by its Latin half.
    const latin = latinActHalf(item.name.value);
    if (!looksLikeActName(latin?.value ?? item.name.value)) continue;
    const t = item.start.value;
    const late = doors ? t >= doors || t < '05:00' : t >= '17:00' || t < '03:00';
    if (!late || (curfew && nightOrder(t) > nightOrder(curfew))) continue;
    item.kind = { ...item.kind, value: 'set', method: 'inferred' };
    const span = item.name.span;
    if (latin) item.name = { ...item.name, value: latin.value, span: span ? [span[0] + latin.offset, span[0] + latin.offset + latin.value.length] : span };
  }
}

/** A clock time ordered within its night: the small hours ("00:30") come after the evening. */
const nightOrder = (time: string) => (time < '05:00' ? `~${time}` : time);

/** The Latin half of a name written first in another script, then in Latin after a slash; null otherwise. */
function latinActHalf(name: string): { value: string; offset: number } | null {
  const halves = topLevelHalves(name);
  if (halves.length !== 2) return null;
  const [first, second] = halves as [{ text: string; index: number }, { text: string; index: number }];
  return OTHER.test(first.text) && !LATIN.test(first.text) && LATIN.test(second.text) && !OTHER.test(second.text) ? { value: second.text, offset: second.index } : null;
}

/** "Flight W6 3272", "LH 2012": a flight's number names a flight, not a ride. */
const FLIGHT_NUMBER = /\b(?:[A-Z]\d|\d[A-Z]|[A-Z]{2})\s?\d{2,4}\b/;

/** A value opening with a range of clock times ("21.30–23.00", "kl. 21:30 - 23:00"). */
const CLOCK_RANGE_FIRST = /^\s*(?:kl\.?\s*)?\d{1,2}[:.]\d{2}\s*[-–—]\s*\d{1,2}[:.]\d{2}(?!\d)/;
const KEY_KIND: Partial<Record<LabelKey, ActivityKind>> = {
  load_in: 'load_in', soundcheck: 'soundcheck', doors: 'doors', set_time: 'set', curfew: 'curfew',
};

// Swedish "vid lastkajen" (at the loading dock), and "i" before a noun's definite form ("i logen", not "i morgon"),
// a remark in brackets after such a one-word place ("i logen (Ola ringer innan)") being no part of it.
/** A remark of lower-case words in brackets after a place ("im Pressezelt (direkt nach dem Auftritt)") is no part of it. */
const PLACE_REMARK = /\s+\(\p{Ll}[^()\d]*\s[^()\d]*\)$/u;
const LOCATION = /^\s*[,;]?\s*(?:at|@|in|im|på|en|à|bei|by|vid|i(?=\s+[a-zåäöæø]{3,}(?:et|en|an|na)(?![\p{L}])))\s+(.{3,80}?)(?:(?<=^\s*(?:vid|i|på)\s+[a-zåäöæø]{3,}(?:et|en|an|na))\s+\([^()]*\))?\s*[.;]?\s*$/iu;
/**
 * "Get-in: 19:30, Side Door B", "Set: 21:15 – 22:30, Harbour Stage (75 min)": a place's capitalised
 * name after the time and a comma (a length or remark in brackets may follow). Not a curfew's: its
 * capitalised words give a reason ("23:00, Anwohnerschutz").
 */
/** A weekday in brackets ending a label: "(Friday)", "(Fr.)", "(fredag)". */
const DAY_IN_BRACKETS = /\s*\((?:mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mandag|tirsdag|onsdag|torsdag|fredag|l[øö]rdag|s[øö]ndag|m[åa]ndag|tisdag)[\p{L}.]*\)\s*$/iu;
const COMMA_PLACE = /^\s*,\s*(\p{Lu}[\p{L}'’&-]*(?:\s+(?:\p{Lu}[\p{L}'’&-]*|\d{1,3}))*)\s*(?:\([^()]*\))?\s*\.?\s*$/u;
/** The most words a place named after a comma has. */
const COMMA_PLACE_WORDS = 5;
const LENGTH = /\b(?:for|über|i|durante|pendant|voor)?\s*(\d{2,3}\s*(?:min(?:utes?|uten|uter|utos|uti)?|mins?|mín(?:útur)?)\b|\d{2,3}\s*phút(?![a-zà-ỹ])|\d{2,3}\s*(?:минути|мин\.|דקות|דק['׳]?)(?![а-яא-ת])|\d\s*h\s*[0-5]\d\b|\d\s*h(?:ours?|rs?)?\b(?:\s*\d{1,2}\s*min)?)/i;

const UNTIL_IN_BRACKETS = /\s*\((?:until|till|bis|jusqu['’]?à|hasta|fino alle|تا)\s+(\d{1,2}[:.]\d{2})\)\s*$/iu;

/** An end written on the 12-hour clock after an evening start ("20:00 … (until 8:45)") is in the evening too. */
function endAfter(start: string, written: string): string | null {
  const end = normaliseTime(written);
  if (!end) return null;
  const later = `${String(Number(end.slice(0, 2)) + 12).padStart(2, '0')}${end.slice(2)}`;
  return end < start && end < '12:00' && later > start ? later : end;
}

function at(source: ExtractedSource, offset: number, length: number, value: string, method: Found<string>['method']): Found<string> {
  return found(value, evidenceAt(source, [offset, offset + length], method, true));
}

function textFound(source: ExtractedSource, offset: number, raw: string, method: Found<string>['method']): Found<string> | undefined {
  const value = normaliseText(raw);
  if (!value) return undefined;
  const start = offset + raw.indexOf(value.slice(0, 8));
  return found(value, evidenceAt(source, [start, start + value.length], method));
}

/** Dates that head a block of lines ("Monday 10 March", "Day 2 – 11.03.2025"): line start → date. */
function dayHeadings(lines: Line[], ref: Date | null): Map<number, { value: string; span: [number, number] }> {
  const out = new Map<number, { value: string; span: [number, number] }>();
  for (const [i, line] of lines.entries()) {
    const t = line.text.trim();
    const next = lines.slice(i + 1, i + 3).find((l) => l.text.trim())?.text;
    // "The parties agree on the schedule of 12 March 2027:" over "- 15:00 …", however long (schedule-day-banner.ts).
    const announcing = t.length > 48 && announcesTimedRows(t, findDates(t, ref ?? undefined).length, next);
    // "Festival dates: Friday 16 – Sunday 18 July 2027": a span of days heads no one day.
    if (!t || (t.length > 100 && !announcing) || findTimes(t).length || DAY_RANGE.test(t)) continue;
    // "19/07/2027 23:42:07": a clock time to the second stamps when a record was written (a form's
    // response, a log), it heads no day of the plan.
    if (/\b\d{1,2}:\d{2}:\d{2}\b/.test(t)) continue;
    // "Dag 1 – fredag 5 november": the day's number is no date; the date follows it.
    const d = findDates(t, ref ?? undefined).find((x) => !NUMBERED_DAY.test(t.slice(0, x.index + x.length)));
    // "Gig day rundown (Fri 12th) 👉": a line closing on its day in brackets announces the rows below (schedule-day-banner.ts).
    const announced = !!d && (closesWithDayBracket(t, d.index, d.length) || opensPointingClause(t, d.index));
    if (d && !announced && t.length > 48 && !isDayBanner(t, d.index, d.length) && !headsTimedRows(t, d.index, d.length, next) && !announcing) continue;
    // "v2 – updated 05.11.2027": the paper's version, not the day the rows below happen; "Samarqand shahri ⇥
    // 2028-yil 3-fevral" under a contract's title is the day it was signed (issue-date.ts).
    if (d && (isVersionLine(t) || isCityOfSigning(t.slice(0, d.index), t.slice(d.index + d.length)))) continue;
    // "Check-out ⇥ 2029-03-15" in a hotel block dates the stay, not the rows below it.
    if (d && STAY_DATE_KEYS.has(leadingLabel(t.slice(0, d.index).trim())?.key ?? '')) continue;
    // "Announce: Wed 2/18/26": the day tickets go on sale or the show is announced heads no rows (schedule-ticketing-date.ts).
    if (d && isTicketingDate(t, d.index)) continue;
    // "Capacity: 450 (sold 380 as of 18 Oct)": a date in brackets is an aside, not the day's heading.
    // "2027 / on sale since 2 June 2027)": so is one in a bracket opened on the line above.
    if (d && !announced && (insideBrackets(t, d.index) || closesBracketAbove(t, d.index))) continue;
    if (d) out.set(line.start, { value: d.value, span: [line.start + line.text.indexOf(t) + d.index, line.start + line.text.indexOf(t) + d.index + d.length] });
  }
  return out;
}

/** Whether a line's last words are a date with its year ("… updated 04/05/2029"). */
function endsOnDate(text: string): boolean {
  return findDates(text).some((d) => d.hasYear && d.index + d.length === text.length);
}

/** A remark after the time set off by a spaced middle dot, opening lower-case: " · side door, ramp available". */
const DOT_REMARK = /^\s*·\s+(\p{Ll}[^·()]{3,80})$/u;
/** A form's remark after the time (and its hour word) set off by a spaced dash, opening lower-case: "15.00 uur – via het laadperron". */
const DASH_REMARK = /^\s*(?:uur|uhr|hrs?)?\.?\s+[–—]\s+(\p{Ll}[^·()–—]{3,80})$/u;

/** Labels whose date is a hotel stay's arrival or leaving day. */
const STAY_DATE_KEYS: ReadonlySet<string> = new Set<LabelKey>(['check_in', 'check_out']);

/** Whether position `at` of `text` lies in a bracket opened before the line: a ")" after it, no "(" before it. */
function closesBracketAbove(text: string, at: number): boolean {
  const after = text.slice(at);
  return !text.slice(0, at).includes('(') && after.includes(')') && after.indexOf(')') < (after.indexOf('(') + 1 || Infinity);
}

/** Whether position `at` of `text` lies within an open "(" … ")". */
function insideBrackets(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

const NUMBERED_DAY = /\b(?:day|dag|tag|d[ií]a|jour|giorno|päivä|dzień|den)\s*\d{1,2}$/iu;

/**
 * "16–18 July", "Friday 16 – Sunday 18 July"; not "Day 2 – 11.03.2025" (a numbered day, then its date),
 * nor the month and day of an ISO date ("Date ⇥ 2029-04-06").
 */
const DAY_RANGE = /(?<!\b(?:day|dag|tag|d[ií]a|jour|giorno)\s*)(?<!\d{4}-)\b\d{1,2}\.?\s*(?:[–—-]|to|bis|till|al|au)\s*(?:\p{L}+\.?,?\s*)?\d{1,2}\b(?![./]\d)/iu;

const cache = new WeakMap<ExtractedSource, ScheduleItem[]>();

export function scheduleOf(source: ExtractedSource): ScheduleItem[] {
  const hit = cache.get(source);
  if (hit) return hit;
  // A tour app's typed-item export: its rows typed as items of the day are the schedule, read by their columns.
  const typed = typedScheduleItems(source);
  if (typed) {
    cache.set(source, typed);
    return typed;
  }
  const r = read(source);
  const items: ScheduleItem[] = [];
  // A form written in two languages throughout: the position of its known half (text/bilingual-value.ts).
  // Not a contract's: both of its language versions bind, and its items keep their names as written;
  // nor a form in two Latin-script languages that writes its values once (text/doubled-values.ts).
  const labels = r.labelled.map((l) => l.label);
  const knownAt = categorise(source) === 'contract' || !cutsNamesToKnownHalf(source.text, labels) ? null : formKnownHalf(labels);
  const usedLines = new Set<number>();
  const useLineAt = (offset: number) => {
    const line = r.lines[lineAt(r.lines, offset)];
    if (line && line.start <= offset && offset <= line.end) usedLines.add(line.index);
  };
  // A year-less date ("Fri 16/07") takes its year from the message's date, else from the year the document writes.
  const yearRef = r.referenceDate ?? writtenYearDate(source);
  const headings = dayHeadings(r.lines, yearRef);
  // A weekday alone over timed rows ("sat" over "07:30 lobby call") dates its block (schedule-weekday-headings.ts).
  const weekdayBlocks = weekdayHeadings(r.lines, yearRef);
  // A booked ride's "Date:" row dates that ride alone (schedule-ride-form.ts), not the rows below it.
  for (const [start, d] of headings) if (inRideBlock(source, d.span)) headings.delete(start);
  const dateAt = (offset: number): Found<string> | undefined => {
    let best: { value: string; span: [number, number] } | undefined = weekdayBlocks.find((b) => b.start <= offset && offset < b.end);
    if (!best) for (const [start, d] of headings) if (start <= offset) best = d;
    return best ? found(best.value, evidenceAt(source, best.span, 'pattern', true)) : undefined;
  };

  // A transport company's ride confirmation: its block of rows is one transfer (schedule-ride-form.ts).
  items.push(...rideFormItems(source, usedLines));
  // A chat message's transport plan, a ride a line: "Fri 10.20 lobby → studio" (schedule-ride-plan.ts).
  items.push(...ridePlanItems(source, usedLines));
  // A calendar's agenda print: its timed events are the items, its rows no other reading's (schedule-agenda.ts).
  items.push(...agendaItems(source, usedLines));

  // A festival mail's block for the act states its day ("Day: Saturday 3 July 2027"): the day its per-day rows are read for.
  const labelledDay = r.labelled.filter((l) => l.key === 'day' || l.key === 'date').map((l) => findDates(l.value, yearRef ?? undefined)[0]?.value).find(Boolean);
  // Acts a check names ("Soundcheck Tiefblau 16:00"): such a name alone with a time is that act's slot.
  const checkActs = new Set<string>();
  // Labelled: the label names the item, the value holds its time.
  const labelLines = new Set<number>();
  for (const cell of r.labelled) {
    // "Support: Kolonie ⇥ 20.15–20.55": a slot whose time stands in the line's next column (schedule-time-cell.ts).
    const l = withSlotTimeCell(source.text, cell);
    // A bare "When" row times the block it stands in, not an item of its own (schedule-timed-block.ts).
    // A second pair beside the first on a form's line ("Doors: 19:00 ⇥ Curfew: 22:30") is read too (schedule-side-by-side.ts).
    const beside = labelLines.has(l.line.index) && besideEarlierPair(l) && (!!l.key || ![null, 'other'].includes(activityKind(l.label)));
    if ((usedLines.has(l.line.index) && !beside) || WHEN_LABEL.test(l.label) || OPENING_HOURS.test(l.label)) continue;
    // "Blatt 2 von 4 · Stand: 03.09.2027 09:10", "Printed: 2 May 2027, 10:04": the paper's version stamp, no item of
    // the day. Only with a date in the value: "Merch stand: 18:30" is an item.
    if (isVersionLine(l.label) && [null, 'other'].includes(activityKind(l.label)) && findDates(l.value, r.referenceDate ?? undefined).length) continue;
    // "Spilletid 21.30–23.00" (Danish and Norwegian "playing time"): a length label over a range of clock times is the set.
    const keyed = l.key ? (l.key === 'set_length' && CLOCK_RANGE_FIRST.test(l.value) ? 'set' : KEY_KIND[l.key]) : undefined;
    // "Tapos sa Linggo: 12:30pm susunduin kayo …": a day's label over a ride sentence; the ride is read from the sentence (schedule-pickups-tl.ts).
    if (!keyed && [null, 'other'].includes(activityKind(l.label)) && tellsRide(l.value)) continue;
    // An unknown label is an item when its value starts with the time, or names a slot ("Support: X 19:45").
    // Polish writes the hour's word first: "godz. 15:00", "najpóźniej 23:00" ("at the latest"); so does Romanian ("ora 18:30", "de la ora 17:00");
    // Czech "od 14:00 hod.", "ve 21:00", "nejpozději ve 22:30", "od 18 h" (a whole hour, only after such a word: "Break: 1 h"
    // is a length), Lithuanian "nuo 16:00", "ne vėliau kaip 23:00"; Slovenian "ob 21.00", "najkasneje ob 22.00" (at the
    // latest), Serbian "u 13:05"; Italian "ore 20:45"; German "spätestens 23.00 Uhr", Swedish "senast 23.00", Dutch
    // "uiterlijk 23.00" (at the latest).
    const timeFirst = /^\s*(?:(?:from|at|ab|um|från|klo?\.?|desde|a las|dès|à|vanaf|om|(?:o |od )?godz\.?|najpóźniej|spätestens(?: um)?|senast(?: kl\.?)?|uiterlijk(?: om)?|(?:de la |la |până la |începând cu )?ora|(?:dalle |alle )?ore|(?:nejpozději |nejdříve )?(?:od|ve|v)|nejpozději|nuo|ne vėliau(?: kaip)?|(?:najkasneje |najpozneje )?ob|(?:najkasnije )?u)\s*)?\d{1,2}[:.h]\d{2}/i.test(l.value)
      || /^\s*(?:(?:nejpozději |nejdříve )?(?:od|ve|v)|nejpozději|(?:najkasneje |najpozneje )?ob|(?:najkasnije )?u)\s*\d{1,2}\s?h(?:od)?(?![\p{L}\d])/iu.test(l.value)
      // Sinhala writes the part of the day first: "රෑ 9 – 10.20" (sinhala-clock.ts).
      || opensWithSinhalaClock(l.value);
    // A label known as something else names an item too when it holds an item's word ("Arrivée & déchargement: 16h00"),
    // also with the day written before the time ("Pick-up: Fri 22.10. at 13:40").
    // So does a per-day row ("Music ends: Friday and Saturday 23:30 · Sunday 22:30").
    const lineDate = dateAt(l.line.start);
    const rowDay = lineDate?.value ?? labelledDay;
    const part = dayPart(l.value, rowDay);
    const itemWord = (timeFirst || dayThenTime(l.value, r.referenceDate) || !!part) && !['other', null].includes(activityKind(l.label));
    if (!keyed && (l.key ? !itemWord : !(timeFirst || itemWord || (SUPPORT_WORD.test(l.label) && activityKind(l.label) === 'set')))) continue;
    // "Durée set headliner: 1h30", "Length of set: 1h15": a label opening with a length word gives a length, no start time.
    if (!keyed && LENGTH_LABEL_KEYS.has(leadingLabel(l.label)?.key ?? '')) continue;
    const labelKind = keyed && !NOT_ACTIVITY.test(l.label) ? keyed : activityKind(l.label);
    if (!labelKind) continue;
    // "Gates open  Fri 16:00 · Sat 12:00 · Sun 12:00": the time of the item's own day (schedule-day-values.ts).
    const dayAt = part?.time ?? 0;
    const times = dayAt ? shiftedTimes(timesIn(l.value.slice(dayAt)), dayAt) : timesIn(l.value);
    if (!times) continue;
    const openingAct = labelKind === 'doors' && namesOpeningAct(l.label, l.value.slice(0, times.start.index));
    const kind: ActivityKind = openingAct ? 'set' : labelKind;
    // "doors 20:00 / M&M on stage 21:15": the line lists items; the clause reading takes each (listedItems).
    const timeEnd = (times.end ?? times.start).index + (times.end ?? times.start).length;
    const colon = /:\s*$/.test(l.line.text.slice(0, l.span[0] - l.line.start));
    // The value may end at a cell's edge ("Load-in 12:00 | Doors 19:00"): the line goes on after it.
    if (!part && !colon && LISTED_NEXT.test(l.line.text.slice(l.span[0] - l.line.start + timeEnd))) continue;
    if (LISTED_BEFORE.test(l.line.text.slice(0, Math.max(0, l.line.text.indexOf(l.label))))) continue;
    const base = l.span[0];
    // "Festival gates (Friday)": the day in brackets says when, the item is the words before it.
    // A per-day row's bracket covers all its days ("Music ends (noise permit, all stages)"): no part of the name.
    // "b) Zvuková zkouška: 17:00": a contract's lettered list marker is no part of the item's name.
    const marker = LETTER_MARKER.exec(l.label)?.[0].length ?? 0;
    const dayless = l.label.slice(marker).replace(DAY_IN_BRACKETS, '');
    const label = part ? dayless.replace(/\s*\([^()]*\)\s*$/, '') : dayless;
    const labelAt = l.line.start + l.line.text.indexOf(l.label) + marker;
    const item: ScheduleItem = {
      name: found(normaliseText(label)!, evidenceAt(source, [labelAt, labelAt + label.length], 'label')),
      kind: found(kind, evidenceAt(source, l.span, 'label')),
      start: at(source, base + times.start.index, times.start.length, times.start.value, 'label'),
    };
    if (kind === 'set') nameLabelledSet(item, l, times.start.index, source);
    // "Soundcheck Tiefblau 16:00–17:00": the act checking is named with the check (its name may stand alone later).
    // "Balances 1re partie (Ana Bel) 17h45": the support's check, its slot word (and act) named with it.
    const supportCheck = kind === 'soundcheck' ? SUPPORT_CHECK.exec(l.value.slice(0, times.start.index))?.[1] : undefined;
    const checked = kind === 'soundcheck' ? checkedAct(l.value.slice(0, times.start.index)) ?? supportCheck ?? null : null;
    // Only a label run into the act's name ("Soundcheck Band"), not "Soundcheck: Band", names the check with it.
    if (checked && item.name.span && /^\s+$/.test(source.text.slice(item.name.span[1], base + l.value.indexOf(checked)))) {
      const end = base + l.value.indexOf(checked) + checked.length;
      item.name = found(source.text.slice(item.name.span[0], end), evidenceAt(source, [item.name.span[0], end], 'label'));
      if (checked === supportCheck) item.support = true;
      else checkActs.add(checked.toLowerCase());
    }
    // "1re partie (Capucine Vale): 20h30": the support slot's act in brackets after its label, maybe with its length ("(Capucine Vale, 40 min)").
    const bracketAct = kind === 'set' && SUPPORT_WORD.test(l.label) ? /\((\p{Lu}[^(),]{1,40})(?:,[^()]*)?\)\s*$/u.exec(l.label) : null;
    if (bracketAct && looksLikeActName(bracketAct[1]!) && item.name.value === normaliseText(l.label)) item.name = textFound(source, item.name.span![0] + bracketAct.index + 1, bracketAct[1]!, 'label')!;
    // "Support – Kolonie: 19:45": the support slot's act after a dash in its label.
    const dashAct = kind === 'set' ? /^\s*(?:support|opener|vorband|förband|telonero|vorprogramm|voorprogramma)\s+[–—-]\s+(\p{Lu}[^()]{1,40}?)\s*$/iu.exec(l.label) : null;
    if (dashAct && looksLikeActName(dashAct[1]!) && item.name.value === normaliseText(l.label)) item.name = textFound(source, item.name.span![0] + l.label.indexOf(dashAct[1]!, dashAct[0].length - dashAct[1]!.length - 1), dashAct[1]!, 'label')!;
    // "Marram Lights set time (80 minutes) ⇥ 21.30": the act before the set label names its set (text/act-set-label.ts),
    // when the form names the act elsewhere too (its title): a slot word ("Support set time") is no act.
    const ownAct = kind === 'set' && item.name.value === normaliseText(l.label) ? actBeforeSetLabel(l.label) : null;
    if (ownAct && looksLikeActName(ownAct.act) && !SUPPORT_WORD.test(ownAct.act) && namedTwice(source.text, ownAct.act)) {
      item.name = textFound(source, labelAt - marker + ownAct.index, ownAct.act, 'label')!;
      item.act = true;
    }
    if (kind === 'set' && (SUPPORT_WORD.test(l.label) || openingAct)) item.support = true;
    // A support slot whose label names no act: the act after its time, or the form's untimed support line
    // (a headline slot keeps its label, as the dev corpus does for "Headline set: 21:00 – Act").
    if (kind === 'set' && item.name.value === normaliseText(l.label)) {
      const timeEnd = (times.end ?? times.start).index + (times.end ?? times.start).length;
      const act = item.support ? actAfterTime(source, l, timeEnd, looksLikeActName) ?? supportActOf(source, r.labelled, (x) => SUPPORT_WORD.test(x), looksLikeActName) : null;
      if (act) item.name = act;
    }
    if (times.end) item.end = at(source, base + times.end.index, times.end.length, times.end.value, 'label');
    const after = l.value.slice((times.end ?? times.start).index + (times.end ?? times.start).length);
    const commaPlace = kind === 'curfew' ? null : COMMA_PLACE.exec(after);
    // ", Spielzeit 90 Minuten" states a length, no place.
    const loc = LOCATION.exec(after) ?? (commaPlace && commaPlace[1]!.split(/\s+/).length <= COMMA_PLACE_WORDS && !LENGTH.test(commaPlace[1]!) ? commaPlace : null);
    const place = loc?.[1]!.replace(PLACE_REMARK, '');
    if (loc && place) item.location = textFound(source, base + l.value.indexOf(loc[1]!), place, 'label');
    // "ora 16:00, poarta din spatele sălii": a lower-case place opened by a place noun (schedule-places.ts).
    const lowerPlace = !loc && kind !== 'curfew' ? lowerPlaceAfterComma(after) : null;
    if (lowerPlace) item.location = textFound(source, base + l.value.length - after.length + lowerPlace.placeAt, lowerPlace.place, 'label');
    // "Pick-up: Fri 22.10. at 13:40, Station -> Hotel X": a ride's route after its time.
    // "Airport pick-up: 10:45 from the arrivals hall to Hotel X (…)": a route said in words comes first.
    const ride = kind === 'transfer' && !loc ? wordRoute(after) ?? columnRoute(after.replace(/^\s*[,;]/, ' ')) : null;
    if (ride) {
      const afterAt = base + l.value.length - after.length;
      item.location = textFound(source, afterAt + ride.from.index, ride.from.value, 'label');
      item.destination = textFound(source, afterAt + ride.to.index, ride.to.value, 'label');
    }
    // "Get-in: 15:00 (via the back gate)": a lower-case remark in brackets after the time is the note.
    // A curfew's or doors' bracket that only says how firm the time is ("strict", "orario tassativo") is
    // no note; a reason given ("hard, city noise ordinance", "salle vide à 23h45") is.
    // A curfew's reason may be a capitalised noun ("(Anwohnerschutz)"): no place is put in a curfew's brackets.
    // A scan's specks around the bracket ("23:00: (Saal leer 23:30) ’ .") do not hide it; `tail` starts where `after` does.
    const tail = after.replace(/[\s'’`´.,:;_~]+$/u, '');
    // A capitalised bracket holding lower-case words is a remark too, as German writes its nouns
    // ("(Laderampe im Hof, Zufahrt über die Nordstraße)"); capitals alone ("(Loading Bay 2)") name a place.
    const capitalised = /\s*\((\p{Lu}\p{Ll}[^()]{3,60})\)\s*$/u.exec(tail);
    const remark = capitalised && (kind === 'curfew' || /\s\p{Ll}{2,}\s/u.test(capitalised[1]!)) ? capitalised : null;
    const bracket = /^[\s:;.,_]*\(/.test(tail) ? NOTE_IN_BRACKETS.exec(tail) ?? remark : null;
    // "(instead of 16:00)" only says which time the new one replaces; "(approx 45 min)" only how long it lasts.
    const note = bracket && (!['curfew', 'doors'].includes(kind) || !onlyFirmness(bracket[1]!)) && !REPLACED_TIME.test(bracket[1]!) && !LENGTH_ONLY.test(bracket[1]!) && !DAY_ONLY.test(bracket[1]!) && !SWAHILI_CLOCK.test(bracket[1]!) && !restatesClockInWords(bracket[1]!) ? bracket : null;
    if (note) item.notes = textFound(source, base + l.value.length - after.length + note.index + note[0].indexOf(note[1]!), note[1]!, 'label');
    // "Get-in: 15:00 – 16:00 · side door, ramp available": a lower-case remark after a middle dot is the note too,
    // and so is one after a spaced dash ("Laad in: 15.00 uur – via het laadperron").
    const dotted = note ? null : DOT_REMARK.exec(tail) ?? DASH_REMARK.exec(tail);
    if (dotted) item.notes = textFound(source, base + l.value.length - after.length + dotted.index + dotted[0].indexOf(dotted[1]!), dotted[1]!, 'label');
    // "23:00 HARD (city noise ordinance)", "23:30, tassativo (ordinanza comunale)": the firmness word before a curfew's reason goes with the reason.
    const firmReason = !note && kind === 'curfew' ? /^[\s,;]*(\p{L}+\s+\(([^()]{3,60})\))$/u.exec(tail) : null;
    if (firmReason && onlyFirmness(firmReason[1]!.split(/\s+\(/)[0]!) && !onlyFirmness(firmReason[2]!)) {
      item.notes = textFound(source, base + l.value.length - after.length + firmReason[0].indexOf(firmReason[1]!), firmReason[1]!, 'label');
    }
    // A form's comment cell beside the answer ("Curfew | 23:00 | strict – neighbours"), under a column headed
    // as remarks ("Question | Answer | Comment"), remarks on the item as a bracket does.
    const comment = note || after.trim() ? null : commentCell(source.text, base + l.value.length, l.line, r.lines);
    if (comment && !LENGTH_ONLY.test(comment.value) && (!['curfew', 'doors'].includes(kind) || !onlyFirmness(comment.value))) item.notes = textFound(source, comment.at, comment.value, 'label');
    const length = LENGTH.exec(after);
    const minutes = length ? normaliseDuration(length[1]!) : null;
    if (minutes) item.lengthMinutes = found(minutes, evidenceAt(source, [base + l.value.indexOf(length![1]!), base + l.value.indexOf(length![1]!) + length![1]!.length], 'label', true));
    // "Pick-up: petak 22.10. u 13:40": a day written before the time dates the item itself.
    // A per-day row's part is of the day it was read for ("Saturday 3 July 12:00", "Friday and Saturday 23:30").
    const ownDay = part ? undefined : findDates(l.value.slice(0, times.start.index), r.referenceDate ?? undefined)[0];
    const partDay = part && rowDay ? found(rowDay, evidenceAt(source, [base + part.start, base + part.time], 'label', true)) : undefined;
    const date = ownDay ? found(ownDay.value, evidenceAt(source, [base + ownDay.index, base + ownDay.index + ownDay.length], 'label', true)) : partDay ?? lineDate;
    if (date) item.date = date;
    const depth = depthAt(r.messages, l.line.start);
    if (depth) item.depth = depth;
    items.push(item);
    usedLines.add(l.line.index);
    labelLines.add(l.line.index);
    // A questionnaire's answer sits on the lines below its question: they are read too.
    useLineAt(l.span[0]);
  }

  // Tables: a time column and an item column.
  for (const table of r.tables) {
    let lastDate: Found<string> | undefined;
    // A ride's "From"/"To" columns are where an item is and where it goes.
    const hasLocation = table.keys.includes('location') || table.keys.includes('from');
    // A route cell ("Hotel → Venue") holds both ends at once.
    const drawnRoute = (rec: (typeof table.records)[number]) => !rec.cells.to && !rec.cells.destination && ROUTE.test(rec.cells.location?.value ?? '');
    const routed = (rec: (typeof table.records)[number]) => drawnRoute(rec) || [rec.cells.from ?? rec.cells.location, rec.cells.to ?? rec.cells.destination].every((c) => normaliseText(c?.value ?? ''));
    // A header wrapped onto a second row ("Masa /" over "Time") is no timed row.
    const timed = table.records.filter((rec) => timesIn((rec.cells.time ?? rec.cells.set_time)?.value ?? ''));
    const rideSheet = timed.length > 0 && timed.every(routed);
    const hasRouteColumns = table.keys.includes('from') && (table.keys.includes('to') || table.keys.includes('destination'));
    for (const rec of table.records) {
      const timeCell = rec.cells.time ?? rec.cells.set_time;
      const nameCell = rec.cells.schedule_item ?? rec.cells.event ?? rec.cells.name;
      // A meal table's rows are meals, read by the food section (meal-column.ts), not items of the day.
      if (timeCell?.span && isMealTable(table)) {
        useLineAt(timeCell.span[0]);
        continue;
      }
      if (!timeCell?.span || !nameCell?.span) {
        // A rides sheet without an item column ("Date | Départ | De | Vers"): its rows are rides
        // (travel/route-table.ts), so no later reading takes their places for acts.
        if (timeCell?.span && rideSheet && hasRouteColumns) useLineAt(timeCell.span[0]);
        continue;
      }
      // A row whose status cell cancels it ("CANCELLED – replaced by the late run") is no item (travel/rooming-rows.ts).
      if (isCancelledRow(rec)) {
        useLineAt(timeCell.span[0]);
        continue;
      }
      // "Runs – see Schedule (page 1)": a pointer to rows read elsewhere (schedule-name-cell.ts).
      if (pointsElsewhere(nameCell.value)) {
        useLineAt(timeCell.span[0]);
        continue;
      }
      // The row is the table's even when it gives no item ("TBC | Support set", a meal): no later
      // reading takes its words with the next row's time.
      useLineAt(timeCell.span[0]);
      const times = timesIn(timeCell.value);
      if (!times) continue;
      // "Runner pick-up: hotel → studio", "Load in (via the side gate)": the cell's name, note and route (schedule-name-cell.ts).
      // "Transfer: hotel → festival ⇥ Hotel X → Gate C": when the place cell draws the route, the item cell's arrow only names the ride.
      const parts = itemCellParts(nameCell.value, knownAt);
      // "Crew van Bremen → Brugge ⇥ Hotel Weserblick": when the place cell says where the ride starts, the route is the ride's title and its end where it goes.
      // Its remark in brackets read off and a pointer elsewhere ("(Details s. Reise)", schedule-name-cell.ts) are no part of the whole name either.
      const whole = { value: withoutCrossReference(parts.notes ? nameCell.value.slice(0, remarkInBrackets(nameCell.value)?.index) : nameCell.value), index: nameCell.value.search(/\S/) };
      const titled = parts.from && parts.to && !drawnRoute(rec) && normaliseText(rec.cells.location?.value ?? '');
      const cell = parts.to && drawnRoute(rec) ? { ...parts, name: whole, from: undefined, to: undefined } : titled ? { ...parts, name: whole, from: undefined } : parts;
      const named = cell.kind;
      // "Hotel → venue" as the whole name: a ride between the two places it draws (schedule-routes.ts).
      const drawnName = (!named || named === 'other' || named === 'transfer') && !cell.from && !cell.to && !drawnRoute(rec) && !rec.cells.to && !rec.cells.destination
        ? drawnRouteName(cell.name.value, (t) => activityKind(t) === 'transfer') : null;
      // In a transfers sheet (every timed row has a "From" and a "To" cell) each row is a ride, whatever
      // its name ("To site", "Back to hotel"); a flight's row in a mixed itinerary is not.
      // So is a row whose place cell draws a route ("To venue ⇥ Hotel → Club").
      const kind = (rideSheet || drawnRoute(rec) || drawnName) && (!named || named === 'other') && !FLIGHT_NUMBER.test(nameCell.value) ? 'transfer' : named;
      if (!kind) continue;
      const base = timeCell.span[0];
      const part = (p: { value: string; index: number }) => textFound(source, nameCell.span![0] + p.index, p.value, 'table');
      const item: ScheduleItem = {
        name: part(cell.name) ?? found(nameCell.value, evidenceAt(source, nameCell.span, 'table')),
        kind: found(kind, evidenceAt(source, nameCell.span, 'table')),
        start: at(source, base + times.start.index, times.start.length, times.start.value, 'table'),
      };
      // A support slot's cell names the act after its label, as a time line does ("Support: Kaamos Duo").
      // So does a headline slot's ("Headliner — Band (75 min)"); a bracketed length is no part of the act's name.
      const act = supportSlotAct(cell.name.value) ?? headlineSlotAct(cell.name.value);
      if (act) {
        item.name = part({ value: act[2]!.replace(LENGTH_IN_BRACKETS, ''), index: cell.name.index + act[0].length - act[2]!.length }) ?? item.name;
        if (SUPPORT_WORD.test(act[1]!)) item.support = true;
      }
      if (cell.notes) item.notes = part(cell.notes);
      // "Band (main set, 90 min)": an item's cell stating its length gives the item's length (an act's, read as a set below).
      const cellLength = kind === 'curfew' || kind === 'doors' ? null : LENGTH.exec(nameCell.value);
      const cellMinutes = cellLength ? normaliseDuration(cellLength[1]!) : null;
      if (cellMinutes) {
        const lengthAt = nameCell.span[0] + cellLength!.index + cellLength![0].indexOf(cellLength![1]!);
        item.lengthMinutes = found(cellMinutes, evidenceAt(source, [lengthAt, lengthAt + cellLength![1]!.length], 'table', true));
      }
      if (cell.from) item.location = part(cell.from);
      if (cell.to) item.destination = part(cell.to);
      // "Bus departure → Hotel X ⇥ Loading dock": a route drawn from the ride's own word goes to a place, and leaves
      // from the row's place cell.
      const leavesFromPlaceCell = !!drawnName && activityKind(drawnName.from.value) === 'transfer';
      if (drawnName) {
        if (!leavesFromPlaceCell) item.location = part({ value: drawnName.from.value, index: cell.name.index + drawnName.from.index });
        item.destination = part({ value: drawnName.to.value, index: cell.name.index + drawnName.to.index });
      }
      const endCell = rec.cells.end_time;
      const end = times.end ?? (endCell ? findTimes(endCell.value)[0] : undefined);
      if (end) {
        const endBase = times.end ? base : endCell!.span?.[0] ?? base;
        item.end = at(source, endBase + end.index, end.length, end.value, 'table');
      }
      const dateCell = rec.cells.date ?? rec.cells.day;
      const date = dateCell ? findDates(dateCell.value, yearRef ?? undefined)[0] : undefined;
      // A date cell left empty continues the date of the rows above it.
      if (date && dateCell?.span) lastDate = found(date.value, evidenceAt(source, dateCell.span, 'table', true));
      // "Fri 20/03 10:30" in a table without a date column: the time cell dates its own row only.
      const ownDay = dateCell ? undefined : findDates(timeCell.value, yearRef ?? undefined)[0];
      item.date = (ownDay ? found(ownDay.value, evidenceAt(source, [timeCell.span[0] + ownDay.index, timeCell.span[0] + ownDay.index + ownDay.length], 'table', true)) : undefined) ?? lastDate ?? dateAt(timeCell.span[0]);
      if (!item.date) delete item.date;
      for (const key of ['location', 'destination'] as const) {
        const cell = rec.cells[key] ?? rec.cells[key === 'location' ? 'from' : 'to'];
        if (!cell?.span || !normaliseText(cell.value)) continue;
        // "Place / Notes" cells: the place, then the remark after a middle dot (schedule-place-note-cell.ts).
        if (key === 'location' && (drawnName || isPlaceNoteHeader(cell.header))) {
          readPlaceNoteCell(source, cell as typeof cell & { span: [number, number] }, item, kind === 'curfew' || (!!drawnName && !leavesFromPlaceCell));
          continue;
        }
        // "Curfew ⇥ 23:00 ⇥ Strict – noise permit": a limit's place cell opening on its firmness is a remark on it.
        if (key === 'location' && (kind === 'curfew' || kind === 'doors') && FIRMNESS_FIRST.test(cell.value)) item.notes ??= found(normaliseText(cell.value)!, evidenceAt(source, cell.span, 'table'));
        else item[key] = found(normaliseText(cell.value)!, evidenceAt(source, cell.span, 'table'));
      }
      // A "To" cell may carry the arrival after its place ("名古屋 15:02着"): the ride's end.
      const landing = item.destination && !item.end ? arrivalAside(item.destination.value) : null;
      if (landing && item.destination!.span) {
        item.end = at(source, item.destination!.span[0] + landing.time.index, landing.time.value.length, landing.time.value, 'table');
        item.destination = { ...item.destination!, value: landing.place };
      }
      const route = item.location && !item.destination ? ROUTE.exec(item.location.value) : null;
      if (route) {
        item.destination = { ...item.location!, value: route[2]! };
        item.location = { ...item.location!, value: route[1]! };
        // "Port B (arr. Sun 24/10 09:15)": the bracketed arrival ends the ride (schedule-routes.ts).
        const arrival = item.end ? null : arrivalAside(route[2]!);
        const span = item.destination.span;
        const timeAt = arrival && span ? source.text.lastIndexOf(arrival.time.value, span[1]) : -1;
        if (arrival) item.destination = { ...item.destination, value: arrival.place };
        if (arrival && span && timeAt >= span[0]) item.end = at(source, timeAt, arrival.time.value.length, arrival.time.value, 'table');
      }
      const notes = rec.cells.notes;
      // A remark in the other script keeps its Latin rendering from the line below ("正面入口" over "⇥ ⇥ Main entrance").
      const rendered = notes?.span ? renderedCell(source.text, r.lines, r.lines[lineAt(r.lines, notes.span[0])]!, notes.span[0], notes.value) : null;
      // A column headed "Notes" (not "Details" or "Info") holds remarks, never the place.
      if (notes?.span) readDetails(source, rendered?.value ?? notes.value, rendered?.start ?? notes.span[0], item, hasLocation || REMARKS_HEADER.test(notes.header));
      // A table quoted from an older message of a thread is that message's, as its lines are.
      const depth = depthAt(r.messages, base);
      if (depth) item.depth = depth;
      items.push(item);
    }
  }

  // "Headliner set | 9:15 PM - 10:45 PM (90 min) | start - end": a form's row with a hint beside it (schedule-form-rows.ts).
  items.push(...formScheduleRows(source, usedLines, dateAt, looksLikeActName));
  items.push(...runningOrderItems(source, dateAt));
  items.push(...rideLineItems(source, r.lines, r.referenceDate, usedLines));
  items.push(...chatRideLabelItems(source, r, usedLines));
  items.push(...numberedRideItems(source, r.lines, r.referenceDate, usedLines));
  // "ফেরত: রবিবার ৯ মার্চ রাত ৯:১৫-এ হোটেল থেকে বিমানবন্দর।": a ride's line after its label or heading (schedule-return-lines.ts).
  items.push(...returnLineItems(source, r.lines, yearRef, usedLines));
  items.push(...numberedRunBlocks(source, r.lines, r.referenceDate, usedLines));
  items.push(...numberedLegs(source, usedLines));

  // Lines that begin with a time: "14:00 – 15:00  Load-in", also as list items ("- 12.30 Load-in", an HTML <li>).
  const answered = answeredItems(source, r.lines);
  for (const line of r.lines.map(unquoted)) {
    if (usedLines.has(line.index)) continue;
    // "… On-sale is Friday at\n10:00 via the venue site": a sentence wrapped onto the line, not an item.
    const above = r.lines[line.index - 1];
    const previous = above?.text.trim() ?? '';
    // A quoted row above ("> 12:30pm – van from the hotel lobby to the venue") is a row, not prose, whatever its end.
    const rowAbove = !!above && QUOTED_TIME_ROW.test(above.text);
    // So is one whose line ends on the hour's word ("… parking from 14:30 to godz.\n01:00 the next day").
    // A comma at its end goes on too ("… hot meal in the green room,\n6pm on Saturday, for 12").
    // So is one ending on a date ("… last saved 14/03/2029\n09:12 by Ana"): the time is that date's clock time.
    if (previous.length > 50 && !rowAbove && (/[\p{Ll},]$/u.test(previous) || HOUR_WORD_AT_END.test(previous) || endsOnDate(previous)) && !/^\d|\t|\S {2,}\S/.test(previous)) continue;
    // "h 15.30 carico", "ore 21:00 apertura porte": Italian writes a word for "hour" before the time, as
    // Albanian and Romanian do ("ora 20:30 – hyrja"), and Armenian ("ժամը 19:00 – …");
    // Bulgarian one after it ("14:30 ч. – трансфер", "17:00 – 18:00 ч."); an em dash may part time and item ("09:15 — трансфер").
    // A 12-hour time keeps its "AM"/"PM" ("6:10 AM  9:05 AM" is two times, not an item called "AM"; nor is
    // "3:00 PM - 10:00 PM" under a check-in date an item called "PM").
    // Indian and military English write "hrs" after the time ("14:00 hrs", "12:00 noon"): the clock's word, no item's name.
    // Portuguese and French write a whole hour "14h" ("16h – 17h30"), "24h" being round the clock ("24h hotline");
    // Spanish joins a range with "a" ("4:30 a 5:15 p.m."), Portuguese with "às" or "até" ("15h às 16h30"); an hour may stand alone before its "pm" ("3pm ang load-in").
    // A list item may open with its day ("- sexta 17/09, 12h – traslado …"): the item's own date, also written out
    // and set off by a dash ("Sat 6/13 - 9:15 AM Airport run, …", "Sat Jun 13 - 9:15 AM …"); a written day without
    // the dash is prose's ("Saturday 21 November 10:00 - 18:00 and …").
    // A day sheet's day cell may stand before the time ("TUE 12 ⇥ 08:15 lobby call"): the day heads the line (dayHeadings).
    const m = /^\s*(?:[-–•*·]\s+)?(?:\p{L}{2,14}\.?\s+\d{1,2}\.?\t+)?(?<day>\p{L}{3,14}\.?,?\s+(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?(?:,?\s+[-–—])?|(?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\.?\s+\p{L}{3,9}\.?),?\s+[-–—]),?\s+)?((?:klo?\.?\s*|(?:h|ore|ora|ժամը)\s+)?\d{1,2}(?:[:.h]\d{2}|(?<!24)h(?![\p{L}\d])|(?=\s?[ap]\.?m\.?(?![\p{L}])))(?:\s?[ap]\.?m\.?(?![\p{L}]))?(?:\s*(?:[-–—]|to|bis|(?:a|às|até)(?=\s))\s*\d{1,2}(?:[:.h]\d{2}|h(?![\p{L}\d]))(?:\s?[ap]\.?m\.?(?![\p{L}]))?)?(?:\s*(?:uhr|hrs|hours|noon|midnight|h|ч\.|часа)(?![\p{L}]))?)\s*[-–—:|]?\s+(?![ap]\.?m\.?(?![\p{L}]))(\S.*)$/iu.exec(line.text);
    if (!m || (m.groups?.['day'] && !listDayWord(m.groups['day'].trim().split(/\s+/)[0]!))) continue;
    // "Sat Jun 13 - …": a written month is read with its words; "Sat show 9 PM …" names none, and is no date.
    const writtenDay = m.groups?.['day'] && !/\d\//.test(m.groups['day']) ? m.groups['day'].replace(/^\S+\s+|[\s,–—-]+$/g, '') : '';
    if (writtenDay && !findDates(writtenDay, yearRef ?? undefined).length) continue;
    const dayCell = /^\s*(\p{L}{2,14})\.?\s+(\d{1,2})\.?\t/u.exec(line.text);
    if (dayCell && !listDayWord(dayCell[1]!)) continue;
    // "10h drive from Glasgow": a bare whole hour before a way of travelling is how long it takes.
    if (/^\d{1,2}h$/.test(m[2]!.trim()) && TRAVEL_LENGTH.test(m[3] ?? '')) continue;
    const times = timesIn(m[2]!);
    if (!times) continue;
    const rest = m[3]!;
    // "18.00 – free to come along.)": the end of a bracketed aside wrapped from the line above, not an item.
    if (/^[^(]*\)\s*$/.test(rest)) continue;
    // "Check-in from" over "14:00 hrs": a time and its clock word alone are a value under its label, no item.
    if (/^(?:hrs|hours|noon|midnight)\.?$/i.test(rest.trim())) continue;
    const [fullName, ...others] = itemParts(rest);
    // "ore 22:30 Lune di Sale (90 minuti)": a bracketed length after the name is the set's length, not its name.
    const bracketLength = LENGTH_IN_BRACKETS.exec(fullName!) ?? bareSetLength(fullName!);
    // "Radio session (see PRESS below)": a pointer to another section is no part of the name.
    // "Einlass / doors": a word glossed in a second language names one item (schedule-glossed-name.ts).
    const glossed = withoutGloss(withoutCrossReference(bracketLength ? fullName!.slice(0, bracketLength.index) : fullName!), knownAt);
    // "DJ Kilo (until 8:45)", "(تا ۸:۴۵)": a bracketed end after a lone start is the item's end, no part of its name.
    const until = times.end ? null : UNTIL_IN_BRACKETS.exec(glossed!);
    const namePart = until ? glossed!.slice(0, until.index) : glossed;
    // A name is words: "11:35  13:05" is a flight's times, not an item called "13:05".
    // An act's name may open with its quotation mark ("«Тихий Берег» (підтримка)").
    // Devanagari and other Indic words carry vowel signs after their first letter ("रेडियो").
    if (!/^[«„“]?\p{L}[\p{L}\p{M}'’ -]/u.test(namePart!)) continue;
    // "20:00 is right, …", "19:30 works for us": a sentence about the time, not an item named by its words.
    if (TIME_AS_SUBJECT.test(namePart!)) continue;
    // An answer below a question ("Soundcheck?"): the question names the item, not the remark after the time.
    const answer = answered.get(line.start);
    // "Airport pickup, arrivals (Door 3) -> Hotel": a route's ride names the kind, not a word in its places.
    const routeName = namedRoute(rest)?.name.value;
    const kind = answer?.kind ?? (routeName && activityKind(routeName) === 'transfer' ? 'transfer' : activityKind(namePart!));
    if (!kind) continue;
    const restStart = line.start + line.text.indexOf(rest);
    const bracket = PLACE_IN_BRACKETS.exec(namePart!);
    // "ढोका खुल्ने (Doors)": a capitalised word or two naming the item's own kind, after words in another script, glosses them; no place.
    const glossing = !!bracket && kind !== 'other' && bracket[1]!.trim().split(/\s+/).length <= 2 && activityKind(bracket[1]!) === kind
      && !LATIN.test(namePart!.slice(0, bracket.index));
    // "Podcast taping @ 12 Quay Road (Ana only)": with its place written after "@" or "at", a bracket closing
    // the line says who comes or how; it is the item's note, no second place.
    const placedBefore = bracket && !SUPPORT_WORD.test(bracket[1]!) ? placeAfterItem(namePart!.slice(0, bracket.index)) : null;
    // "Interview Radio X (Ann + Bo)": two names joined by "and" in the closing bracket say who comes, no place (schedule-places.ts).
    const people = bracket && peopleAfterPlace(namePart!) ? bracket : null;
    const place = bracket && !SUPPORT_WORD.test(bracket[1]!) && !glossing && !placedBefore && !people ? bracket : null;
    // "Line check Oda Frost (support)": a bracket naming the act's slot qualifies its name, it is no remark.
    const remark = place ? null : placedBefore || people ? bracket : NOTE_IN_BRACKETS.exec(namePart!);
    // "dyert (doors)": a word or two in brackets glossing an unknown word by the item's own kind is part of its name,
    // as is an English gloss of words in another script naming that kind ("… хатуу хугацаа (curfew)") and a gloss
    // restating the kind the words before it already name ("Ovoz tekshiruvi (saundchek)").
    const beforeRemark = namePart!.slice(0, remark?.index ?? 0);
    const beforeKind = activityKind(beforeRemark);
    const gloss = !!remark && kind !== 'other' && remark[1]!.trim().split(/\s+/).length <= 2 && activityKind(remark[1]!) === kind
      && ([null, 'other', kind].includes(beforeKind) || (OTHER.test(beforeRemark) && !LATIN.test(beforeRemark) && LATIN.test(remark[1]!)));
    const note = remark && !gloss && !(kind !== 'set' && activityKind(remark[1]!) === 'set' && SUPPORT_WORD.test(remark[1]!)) ? remark : null;
    // "21:00 Headline: Marrow Pines": the headline slot's act too, as a table's cell names it.
    const act = supportSlotAct(namePart!) ?? headlineSlotAct(namePart!);
    const asWritten = act ? act[2]! : place ? namePart!.slice(0, place.index) : note ? namePart!.slice(0, note.index) : namePart!;
    // "8pm ang doors": Tagalog marks the item after its time with "ang" (the), no part of its name.
    const topic = act ? null : TAGALOG_TOPIC.exec(asWritten);
    const name = topic ? asWritten.slice(topic[0].length) : asWritten;
    const nameAt = act ? restStart + act.index + act[0].length - act[2]!.length : restStart + (topic?.[0].length ?? 0);
    const item: ScheduleItem = {
      name: textFound(source, nameAt, name.replace(/[:.]$/, ''), 'pattern')!,
      kind: found(kind, evidenceAt(source, [restStart, restStart + namePart!.length], 'pattern')),
      start: at(source, line.start + line.text.indexOf(m[2]!) + times.start.index, times.start.length, times.start.value, 'pattern'),
    };
    if (times.end) item.end = at(source, line.start + line.text.indexOf(m[2]!) + times.end.index, times.end.length, times.end.value, 'pattern');
    const untilEnd = until ? endAfter(times.start.value, until[1]!) : null;
    if (untilEnd) item.end = at(source, restStart + until!.index + until![0].indexOf(until![1]!), until![1]!.length, untilEnd, 'pattern');
    const bracketMinutes = bracketLength ? normaliseDuration(bracketLength[1]!) ?? bareMinutes(bracketLength[1]!) : null;
    if (bracketMinutes) {
      const lengthAt = restStart + bracketLength!.index + bracketLength![0].indexOf(bracketLength![1]!);
      item.lengthMinutes = found(bracketMinutes, evidenceAt(source, [lengthAt, lengthAt + bracketLength![1]!.length], 'pattern', true));
    }
    // "NORTH PIER ⇥ ← you": a running order's arrow marks the reader's own set; it is no place.
    // "Headline: Marrow Pines" names the night's own act as well.
    if (others.some(marksOwnRow) || (act && !SUPPORT_WORD.test(act[1]!))) {
      item.ownSet = true;
      item.act = true;
    }
    const written = others.find((o) => o.trim() && !marksOwnRow(o));
    const writtenAt = written ? line.start + line.text.indexOf(written) : 0;
    // A two-script sheet's details cell with its Latin rendering after a slash or below it: the rendering (text/bilingual-lines.ts).
    const rendered = written ? renderedCell(source.text, r.lines, line, writtenAt, written) : null;
    const where = rendered?.value ?? written;
    // "Load-in via Gate 4", "Meet & greet at the merch tent": the place written after the item.
    // "Radio interview - Ann + Bo, dressing room 2": the people going, then where (schedule-places.ts).
    const going = where || place || note || act || answer ? null : peopleThenPlace(name);
    const placed = going || where || place || (note && !placedBefore) || act || answer ? null : placeAfterItem(name);
    // "spilletid 90 min." in the details column: the item's length, no remark.
    // A curfew is a time, not a place: its details column says how strict it is; so is a cell under a remarks header.
    const whereLength = where ? statedLength(where) : null;
    const detailsAt = rendered?.start ?? writtenAt;
    const remarks = !!written && inRemarksColumn(source.text, line, writtenAt, r.lines);
    if (whereLength) item.lengthMinutes = found(whereLength, evidenceAt(source, [detailsAt, detailsAt + where!.length], 'pattern', true));
    else if (where && (isNoteColumn(where) || kind === 'curfew' || remarks)) {
      // "(moved 15 min later)": a remark cell wholly in brackets is the words inside them.
      const inside = /^\(([^()]+)\)$/.exec(where.trim())?.[1];
      item.notes = inside ? textFound(source, detailsAt + where.indexOf(inside), inside, 'pattern') : textFound(source, detailsAt, where, 'pattern');
    }
    else if (where) {
      // "upstairs office (Ann & Bo)": who comes, in brackets after the place, is the note (schedule-places.ts).
      const people = peopleAfterPlace(where);
      item.location = textFound(source, detailsAt, people?.place ?? where, 'pattern');
      if (people) item.notes = textFound(source, detailsAt + people.peopleAt, people.people, 'pattern');
    }
    else if (place) item.location = textFound(source, restStart + place.index + place[0].indexOf(place[1]!), place[1]!, 'pattern');
    else if (going) {
      item.name = textFound(source, nameAt, going.name, 'pattern')!;
      item.location = textFound(source, nameAt + going.placeAt, going.place, 'pattern');
      item.notes = textFound(source, nameAt + going.peopleAt, going.people, 'pattern');
    }
    else if (placed) {
      item.name = textFound(source, nameAt, placed.name, 'pattern')!;
      item.location = textFound(source, nameAt + placed.placeAt, placed.place, 'pattern');
    }
    // "(ystafell werdd / green room)" in a two-language form: the known half.
    const noteHalf = note && knownAt !== null ? halfAt(note[1]!, knownAt) : null;
    if (note) item.notes = textFound(source, restStart + note.index + note[0].indexOf(note[1]!) + (noteHalf?.offset ?? 0), noteHalf?.value ?? note[1]!, 'pattern');
    // A details column after the name ("A → B. Driver Sam.") holds the route; else the line may name one.
    const columnRide = where && kind === 'transfer' ? columnRoute(where) : null;
    if (columnRide && where) {
      const whereAt = line.start + line.text.indexOf(where);
      item.location = textFound(source, whereAt + columnRide.from.index, columnRide.from.value, 'pattern');
      item.destination = textFound(source, whereAt + columnRide.to.index, columnRide.to.value, 'pattern');
      if (columnRide.note) item.notes = textFound(source, whereAt + columnRide.note.index, columnRide.note.value, 'pattern');
    }
    // A two-language line's route is read in the half its name was taken from ("รถ… / Van hotel → venue").
    const half = rest.indexOf(namePart!);
    const route = kind === 'transfer' && !columnRide ? namedRoute(rest) ?? (half > 0 ? namedRoute(rest.slice(half)) : null) : null;
    const routeAt = route && half > 0 && !namedRoute(rest) ? restStart + half : restStart;
    if (route) {
      const part = (p: { value: string; index: number }) => textFound(source, routeAt + p.index, p.value, 'pattern')!;
      [item.name, item.location, item.destination] = [part(route.name), part(withoutDriverAside(route.from, source.text)), part(withoutDriverAside(route.to, source.text))];
      if (route.note) item.notes = part(route.note);
      // A ride named by its word alone in lower case ("traslado hotel – venue") is named as a heading writes it.
      if (/^\p{Ll}+$/u.test(item.name.value)) item.name = { ...item.name, value: capitalise(item.name.value) };
    }
    // "lobby call, Marco drives us to LHR": the call is the ride from the lobby to the place named (schedule-call-rides.ts).
    const called = kind === 'transfer' && !route && !columnRide ? callRide(rest) : null;
    if (called) {
      const part = (p: { value: string; index: number }) => textFound(source, restStart + p.index, p.value, 'pattern')!;
      [item.name, item.location, item.destination] = [part(called.name), part(called.from), part(called.to)];
      item.name = { ...item.name, value: capitalise(item.name.value) };
    }
    // A Persian ride's name says its route in words ("ون از هتل به سالن"): the name keeps them.
    const spoken = kind === 'transfer' && !route && !called && !item.location && item.name?.span ? persianRideRoute(item.name.value) : null;
    if (spoken && item.name?.span) {
      const nameStart = item.name.span[0];
      item.location = textFound(source, nameStart + spoken.from.index, spoken.from.value, 'pattern');
      item.destination = textFound(source, nameStart + spoken.to.index, spoken.to.value, 'pattern');
    }
    // "होटल → Nagar Sound Hall (भ्यान)", "Hotel → airport": a name drawn as a route is a ride between its two places.
    const drawn = (kind === 'transfer' || kind === 'other') && !route && !spoken && !item.location && item.name?.span
      ? drawnRouteName(item.name.value, (t) => activityKind(t) === 'transfer') : null;
    if (drawn && item.name?.span) {
      const nameStart = item.name.span[0];
      item.kind = { ...item.kind, value: 'transfer' };
      item.location = textFound(source, nameStart + drawn.from.index, drawn.from.value, 'pattern');
      item.destination = textFound(source, nameStart + drawn.to.index, drawn.to.value, 'pattern');
    }
    if (act) item.support = true;
    if (answer) item.name = found(answer.name, evidenceAt(source, [restStart, restStart + namePart!.length], 'pattern'));
    // The figures are read day first (the weekday's languages write so), the year from the document's.
    const dayFigures = writtenDay || (m.groups?.['day'] ? /\d[\d/]*/.exec(m.groups['day'])![0] : '');
    // Figures no day-first reading fits are read with their weekday ("Fri 5/15": the Friday of 15 May).
    const figuresRead = dayFigures ? findDates(dayFigures, yearRef ?? undefined)[0] : undefined;
    const withWeekday = dayFigures && !figuresRead ? findDates(m.groups!['day']!, yearRef ?? undefined)[0] : undefined;
    const ownDay = figuresRead ?? withWeekday ?? (dayFigures ? dayMonthOf(dayFigures, yearRef) : undefined);
    const dayAt = ownDay ? line.start + line.text.indexOf(m.groups!['day']!) + (withWeekday ? 0 : m.groups!['day']!.indexOf(dayFigures)) + ownDay.index : 0;
    const dateAbove = dateAt(line.start);
    // "TUE 12 ⇥ 08:15 …": the day cell's day of the month, counted on from the date heading the rows above.
    const cellDay = dayCell && dateAbove ? dayOfMonthAfter(Number(dayCell[2]), dateAbove.value) : undefined;
    const cellDate = cellDay ? found(cellDay, evidenceAt(source, [line.start, line.start + dayCell![0].trimEnd().length], 'pattern', true)) : undefined;
    const date = ownDay ? found(ownDay.value, evidenceAt(source, [dayAt, dayAt + ownDay.length], 'pattern', true)) : cellDate ?? dateAbove;
    if (date) item.date = date;
    const depth = depthAt(r.messages, line.start);
    if (depth) item.depth = depth;
    if (item.name) items.push(item);
    usedLines.add(line.index);
  }

  // A detail line indented below a time line: its end, route, place or note (schedule-detail-lines.ts).
  attachDetailLines(source, r.lines, items, usedLines);
  items.push(...nameFirstItems(source, usedLines, dateAt, checkActs));
  items.push(...listedItems(source, usedLines, dateAt));
  if (source.format === 'ics') items.push(...calendarItems(source));
  items.push(...narrativeItems(source, usedLines));
  // The next day's look-ahead ("TOMORROW: … Doors 7:00p") holds no item of this show.
  const ahead = lookAheadLines(r.lines);
  if (ahead.size) {
    const inAhead = (i: ScheduleItem) => !!i.start.span && r.lines.some((l) => ahead.has(l.index) && l.start <= i.start.span![0] && i.start.span![0] <= l.end);
    items.splice(0, items.length, ...items.filter((i) => !inAhead(i)));
  }
  timedBlockDetails(source, items);
  // "Show start ⇥ 21:15" over "Show end ⇥ 22:45": one item (schedule-start-end-rows.ts).
  joinStartEndRows(items);
  dropRunningOrders(items, r.lines);
  // A prose list restated by the document's timetable of the day (schedule-table-over-list.ts).
  dropListRestatedByTable(items, r.lines);
  actsAreSets(items);
  // A moved show's older run of show was the old day's (show-moved.ts).
  withoutOlderPlan(r, source.metadata['subject'], items);
  // "get in around 15:30" beside the running order's "Load-in 16:00" (schedule-hedged-time.ts).
  withoutHedgedBesideFirm(source, items);
  newestPerFact(source, items);
  // "Showtime: 21:00 (indicative)" beside the timetable's final set time (schedule-indicative-time.ts).
  withoutIndicativeRestated(items);
  // "Doors * ⇥ 7:00 PM" over "* DOORS MOVED TO 7:30 PM" (schedule-footnote-time.ts).
  footnotedTimes(source, items);
  // "the soundcheck is at 17:00, not 16:30": the earlier item at the time taken back moves (schedule-not-time.ts).
  timesTakenBack(source, items);
  // "Aanvang ⇥ 21.00 uur" over "→ wordt 21.15 uur", and a bare "Einde" row under the set (schedule-form-corrections.ts).
  arrowCorrectedTimes(source, items);
  endRowsOfSets(items);
  eveningTimes(source, items);
  afternoonLoadIns(source, items);
  dropHalfDayRepeats(source, items);
  // An act's slot read twelve hours later may now be after the doors.
  actsAreSets(items);
  // "Soundcheck - Band A" where Band A plays a set: the check's act, not its place.
  checksOfActs(source, items);
  // After the evening reading: an earlier message's time still places the ones after it.
  laterChatCorrections(source, items);
  // A chat's provisional plan gives way item by item to later messages (schedule-chat-provisional.ts).
  dropProvisionalChatItems(source, items);
  // "Stage: Harbour Tent" over the act's times: where its check and set happen (schedule-stage-label.ts).
  onLabelledStage(source, items);
  // "Changeover 19:10 – 19:40" over "Set 19:40": the act's load-in (schedule-changeover.ts).
  changeoversBeforeSets(items);
  cache.set(source, items);
  return items;
}

/** "Moonwake – soundcheck": an act's name, then its check after a dash, is one item, the act's soundcheck. */
function isActsCheck(first: string, second: string): boolean {
  return activityKind(first) === 'other' && activityKind(second) === 'soundcheck';
}

/**
 * A time line's text cut into the item's name and what follows it (its place): at columns, pipes
 * and dashes. An interview's dash joins it to whom it is with ("Interview - Radio X"), and an act's
 * to its check ("Act – soundcheck"), so these stay in the name.
 */
function itemParts(rest: string): string[] {
  // Tab columns after the first are whole cells: a dash inside one ("Strict – neighbours upstairs") is its text.
  const tab = rest.indexOf('\t');
  if (tab > 0 && /\S\t+\S/.test(rest)) {
    const [head, ...cells] = rest.split(/\t+/);
    const first = itemParts(head!);
    if (first.length === 1 || activityKind(first[0]!) !== 'interview') return [...first, ...cells];
  }
  const parts = rest.split(/\t+| {2,}|\s+[|–—]\s+|\s+-\s+/);
  if (parts.length >= 2 && isActsCheck(parts[0]!, parts[1]!)) {
    const end = rest.indexOf(parts[1]!, parts[0]!.length) + parts[1]!.length;
    return [rest.slice(0, end), ...parts.slice(2)];
  }
  if (parts.length < 2 || activityKind(parts[0]!) !== 'interview') return parts;
  const columns = rest.split(/\t+| {2,}|\s+\|\s+/);
  return columns[0] !== parts[0] && activityKind(columns[0]!) === 'interview' ? columns : parts;
}

const LEG_HEADER = /^\s*(?<name>\p{L}[\p{L} ]{1,20}?\s+\d{1,2})\s*:\s*(?<value>.+)$/u;
const LEG_FIELD = /^\s+(?<label>\p{L}[\p{L} ]{0,20}?)\s*:\s*(?<value>\S.*?)\s*$/u;
const FROM_LABEL = /^(?:from|von|fr[åa]n|desde|de|van|da|depuis|origin|pick[- ]?up(?: at)?|abholort)$/i;
const TO_LABEL = /^(?:to|nach|till|hasta|naar|vers|destination|ziel|drop[- ]?off|zielort)$/i;
const NOTE_LABEL = /^(?:notes?|remarks?|comments?|bemerkung(?:en)?|anmerkung(?:en)?|hinweise?|anteckning(?:ar)?|observaciones|remarques?|opmerking(?:en)?)$/i;

/**
 * A booking that numbers its rides or legs: "Ride 2: Sat 04.09.2027, pick-up 16:30" and below it,
 * indented, "From: …", "To: …", "Notes: …". Each is an item named by its printed label, dated by
 * its own line; a ride from one place to another is a transfer. "-" is no note.
 */
function numberedLegs(source: ExtractedSource, usedLines: Set<number>): ScheduleItem[] {
  const r = read(source);
  const items: ScheduleItem[] = [];
  for (const line of r.lines) {
    const head = usedLines.has(line.index) ? null : LEG_HEADER.exec(line.text);
    const times = head ? timesIn(head.groups!.value!) : null;
    if (!head || !times) continue;
    const fields: { label: string; value: string; at: number; line: Line }[] = [];
    for (let i = line.index + 1; i < r.lines.length; i++) {
      const f = LEG_FIELD.exec(r.lines[i]!.text);
      if (!f) break;
      fields.push({ label: f.groups!.label!, value: f.groups!.value!, at: r.lines[i]!.start + r.lines[i]!.text.indexOf(f.groups!.value!, f.index + f.groups!.label!.length), line: r.lines[i]! });
    }
    const from = fields.find((f) => FROM_LABEL.test(f.label));
    const to = fields.find((f) => TO_LABEL.test(f.label));
    if (!from && !to) continue;
    const g = head.groups!;
    const nameAt = line.start + line.text.indexOf(g.name!);
    const valueAt = line.start + head[0].length - g.value!.length;
    const own = activityKind(g.name!);
    const kind: ActivityKind = own && own !== 'other' ? own : 'transfer';
    const item: ScheduleItem = {
      name: found(g.name!, evidenceAt(source, [nameAt, nameAt + g.name!.length], 'label')),
      kind: found(kind, evidenceAt(source, [nameAt, nameAt + g.name!.length], 'label')),
      start: at(source, valueAt + times.start.index, times.start.length, times.start.value, 'label'),
    };
    if (times.end) item.end = at(source, valueAt + times.end.index, times.end.length, times.end.value, 'label');
    const date = findDates(g.value!, r.referenceDate ?? undefined)[0];
    if (date) item.date = at(source, valueAt + date.index, date.length, date.value, 'label');
    const field = (f: { value: string; at: number }) => found(f.value, evidenceAt(source, [f.at, f.at + f.value.length], 'label'));
    if (from) item.location = field(from);
    if (to) item.destination = field(to);
    const note = fields.find((f) => NOTE_LABEL.test(f.label));
    if (note && /\p{L}/u.test(note.value)) item.notes = field(note);
    items.push(item);
    usedLines.add(line.index);
    for (const f of fields) usedLines.add(f.line.index);
  }
  return items;
}

/** "Line check (Main Stage)": a capitalised place in brackets after an item's name (not "(support)"). */
const PLACE_IN_BRACKETS = /\s*\((\p{Lu}[^()]{1,40})\)\s*$/u;
/**
 * "Nova Reyes (60)": a tour manager's notes write a set's length as bare minutes in brackets after the act.
 * Only after an act's name (capitalised words of no other kind of item) and only a length a set may have
 * (15 to 240 minutes): "Guest list (30)" counts names.
 */
const BARE_MINUTES_IN_BRACKETS = /\s*\((\d{2,3})\)\s*$/u;
const ACT_NAME = /^\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3}$/u;

function bareSetLength(name: string): RegExpExecArray | null {
  const m = BARE_MINUTES_IN_BRACKETS.exec(name);
  const act = m ? name.slice(0, m.index).trim() : '';
  return m && bareMinutes(m[1]!) && ACT_NAME.test(act) && ['set', 'other'].includes(activityKind(act) ?? '') ? m : null;
}

function bareMinutes(text: string): number | null {
  const minutes = /^\d{2,3}$/.test(text) ? Number(text) : NaN;
  return minutes >= 15 && minutes <= 240 ? minutes : null;
}

const LENGTH_IN_BRACKETS = /\s*\((\d{2,3}\s*(?:min(?:utes?|uten|uter|utos|uti)?|mins?|mín(?:útur)?)\.?)\)\s*$/iu;
/** Words saying how firm a time is, in the supported languages. */
const FIRMNESS = /(?<![\p{L}])(?:strict(?:ly|e)?|hard|firm|sharp|absolute|fixed|latest|tb[acd]|approx\.?|approximately|circa|ca\.?|tassativ[oa]|inderogabile|strikt|streng|hart|h[åa]rd|estricto|estricta|exacto|environ|ungefähr|provisional|provisorisch|preliminary|vorläufig)(?![\p{L}])/iu;
/** "Strict – noise permit", "Streng": a cell opening on how firm a time is. */
const FIRMNESS_FIRST = new RegExp(String.raw`^\s*${FIRMNESS.source}`, 'iu');

/** Keys of the labels that state how long something lasts. */
const LENGTH_LABEL_KEYS: ReadonlySet<string> = new Set<LabelKey>(['set_length', 'duration']);

/** "75 min", "spilletid 90 min.", "Set length: 75 min": a text that states a length and nothing else, in minutes. */
function statedLength(text: string): number | null {
  const word = /^(\p{L}[\p{L} ]{2,24}?)\s*:?\s+(?=\d)/u.exec(text.trim());
  const figure = word && labelKey(word[1]!) === 'set_length' ? text.trim().slice(word[0].length) : text.trim();
  // "75 phút": Vietnamese minutes.
  return /^\d{1,3}\s*(?:min\w*|h|phút)\.?$/i.test(figure) ? normaliseDuration(figure.replace(/phút\.?$/, 'min')) : null;
}

/** "Doors: 18:00 (Friday 16/07)": a bracket that only says which day dates the item, it is no note. */
const DAY_ONLY = /^(?:\p{L}{2,12}\.?,?\s+)?\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\.?$/u;
/**
 * "21:00 (saa 3 usiku)": the same time on the Swahili clock, which counts the hours from six, morning
 * and evening: a restatement, no note (and never read as a time of its own).
 */
const SWAHILI_PERIOD = '(?:asubuhi|mchana|alasiri|jioni|usiku|alfajiri)';
const SWAHILI_CLOCK = new RegExp(String.raw`^saa\s+\d{1,2}(?:[:.]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[:.]\d{2})?)?(?:\s+${SWAHILI_PERIOD})?(?:\s*[-–]\s*saa\s+\d{1,2}(?:[:.]\d{2})?(?:\s+${SWAHILI_PERIOD})?)?$`, 'iu');
/** "instead of 16:00", "statt 16:00", "místo 16:00", "was 16:00": the earlier time a changed one replaces. */
const QUOTED_TIME_ROW = /^[ \t]*>[> \t]*\d{1,2}(?:[:.]\d{2}|\s?[ap]\.?m\b)/i;
const TAGALOG_TOPIC = /^ang\s+(?=\p{L})/u;
const REPLACED_TIME = /^(?:instead of|rather than|was|previously|originally|statt|anstatt|vorher|istället för|i stället för|i stedet for|au lieu de|en lugar de|en vez de|invece delle|in plaats van|i\.?p\.?v\.?|zamiast|místo|namiesto|umjesto)\s+(?:kl\.?\s*|um\s+|at\s+)?\d{1,2}[:.h]\d{2}$/iu;
/** Whether the tab cell at `at` sits in a column a header row above heads as remarks ("Time ⇥ Item ⇥ Notes"). */
function inRemarksColumn(text: string, line: Line, at: number, lines: Line[]): boolean {
  const before = text.slice(line.start, at);
  if (!before.includes('\t')) return false;
  const column = before.split(/\t+/).length - 1;
  return lines.slice(Math.max(0, line.index - 40), line.index).some((l) => REMARKS_HEADER.test(l.text.split(/\t+/)[column]?.trim() ?? ''));
}

/**
 * The cell after a tab that ends a labelled value, up to its line's next tab or end, when it holds
 * words and a header row above heads its column as remarks.
 */
function commentCell(text: string, from: number, line: Line, lines: Line[]): { value: string; at: number } | null {
  const rest = text.slice(from, line.end);
  const m = /^\t+([^\t]*\p{L}[^\t]*)/u.exec(rest);
  const value = m?.[1]!.trim();
  if (!m || !value) return null;
  const column = text.slice(line.start, from).split(/\t+/).length;
  const headed = lines.slice(0, line.index).some((l) => REMARKS_HEADER.test(l.text.split(/\t+/)[column]?.trim() ?? ''));
  return headed ? { value, at: from + m[0].length - m[1]!.length + m[1]!.indexOf(value) } : null;
}
/** "60 min", "approx. 45 mins": a length and nothing else (schedule lengths are read apart). */
const LENGTH_ONLY = /^(?:approx\.?|ca\.?|~)?\s*\d{1,3}\s*(?:min(?:utes?|uten|uter|utos|uti)?|mins?|h|hrs?|hours?|phút)\.?$/i;

function onlyFirmness(text: string): boolean {
  return !/[,;–—]|\s-\s/.test(text) && FIRMNESS.test(text);
}

/** A verb right after a line's opening time: the time is the sentence's subject. */
const TIME_AS_SUBJECT = /^(?:is|was|are|were|works|suits|sounds|ist|passt|är|funkar|er|passer|es|est|va)\b/iu;
/**
 * "Van pick-up 13:15, Quay station → venue. 9-seat minibus (see Drivers).": the ride's drawn route after a comma,
 * and the sentence right after it, without its pointer elsewhere, as the note (the vehicle, who drives).
 */
const DRAWN_RIDE_AFTER = /^[ \t]*,[ \t]*([^,.;\n→]{2,40}?)[ \t]*(?:→|->)[ \t]*([^,.;\n]{2,40}?)(?:\.[ \t]+([^.\n]{3,80}?)\.?[ \t]*(?:\n|$)|(?=[,.;]?[ \t]*(?:\n|$)))/u;

function drawnRideAfter(source: ExtractedSource, after: string, offset: number, item: ScheduleItem): void {
  const m = DRAWN_RIDE_AFTER.exec(after);
  if (!m) return;
  const at = (part: string, from = 0) => offset + m[0].indexOf(part, from);
  item.location = found(m[1]!, evidenceAt(source, [at(m[1]!), at(m[1]!) + m[1]!.length], 'pattern'));
  item.destination = found(m[2]!, evidenceAt(source, [at(m[2]!, m[1]!.length), at(m[2]!, m[1]!.length) + m[2]!.length], 'pattern'));
  const note = m[3] ? withoutCrossReference(m[3]) : '';
  if (note && !onlyCrossReference(m[3]!)) item.notes = found(note, evidenceAt(source, [at(m[3]!), at(m[3]!) + m[3]!.length], 'pattern'));
}

/** Whether `before` ends on a weekday's name ("… Sun ", "… Fri, "). */
function afterWeekday(before: string): boolean {
  const word = /(\p{L}+)\.?,?[ \t]*$/u.exec(before)?.[1];
  return !!word && isWeekdayWord(word);
}

/** A support act's bracket after its name: "(support)", "(1ère partie)", "(Vorband)". */
const SUPPORT_ASIDE = new RegExp(String.raw`\s*\((?:${SUPPORT_WORD.source})\)\s*$`, 'iu');
const SLOT_THEN_ACT = /^(.{2,40}?)(?::|՝|\s[–—-])\s+(?:«(?=\p{Lu}))?(\p{Lu}.*?)»?$/u;

/**
 * "Support: Kaamos Duo", "Support – Kaamos Duo": the slot's label, then the act that plays it (the act is group 2);
 * Armenian "նախաելույթ՝ «Կապույտ Լիճ»" after its comma "՝", the act's name without its guillemets.
 */
function supportSlotAct(text: string): RegExpExecArray | null {
  const slot = SLOT_THEN_ACT.exec(text);
  return slot && SUPPORT_WORD.test(slot[1]!) && looksLikeActName(slot[2]!) ? slot : null;
}

/** A headline slot's label alone (maybe after another language's word: "Spectacle / Headline"). */
const HEADLINE_SLOT = /(?:^|\/\s*)(?:headline[rs]?|headlining act|main act|hauptact|hoofdact|t[êe]te d['’]affiche)(?:\s+(?:set|act))?\s*$/iu;

/** "Headline: Marrow Pines", "Headliner — Marrow Pines (75 min)": the headline slot's label, then its act (group 2). */
function headlineSlotAct(text: string): RegExpExecArray | null {
  const slot = SLOT_THEN_ACT.exec(text);
  return slot && HEADLINE_SLOT.test(slot[1]!) && looksLikeActName(slot[2]!) ? slot : null;
}

/**
 * Short lines that name the item before its time, as bulleted e-mail schedules and chats write
 * them: "- soundcheck 16:00-17:00", "curfew kl 23.30", "Paper Lanterns 21:30 (75 min)". The name is
 * a few words without figures or sentence punctuation; an item of no known kind counts only when
 * its name is an act's (two or more capitalised words). Quoted lines and signatures are not the message's own.
 */
/** The support's slot word between a check's label and its time, maybe with its act in brackets ("1re partie (Ana Bel)"). */
const SUPPORT_CHECK = new RegExp(String.raw`^\s*((?:${SUPPORT_WORD.source})(?:\s*\([^()\d]{2,40}\))?)\s*$`, 'iu');
/** The act written between a check's label and its time ("Soundcheck Band Name 16:00"), if the words are an act's name. */
function checkedAct(before: string): string | null {
  const act = before.replace(/\b(?:from|at|ab|um|från|kl|desde|a las|dès|à|vanaf|om)\.?\s*$/i, '').trim();
  return act && /^\p{Lu}/u.test(act) && /\p{L}{3,}/u.test(act) && looksLikeActName(act) && [null, 'other'].includes(activityKind(act)) ? act : null;
}

/**
 * Whether `word` stands in `text` outside `line` as a name, not as a label or a time's name again
 * ("Offer: Nordlicht – Basel", "with Nordlicht on stage"; not "Nordlicht: 21:00"). Case counts.
 */
function namedElsewhere(text: string, word: string, line: Line): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at >= line.start && at < line.start + line.text.length) continue;
    const end = at + word.length;
    if (/\p{L}/u.test(text[at - 1] ?? '') || /\p{L}/u.test(text[end] ?? '') || /^\s*[:\d]/.test(text.slice(end, end + 3))) continue;
    return true;
  }
  return false;
}

function nameFirstItems(source: ExtractedSource, usedLines: Set<number>, dateAt: (offset: number) => Found<string> | undefined, checkActs: Set<string>): ScheduleItem[] {
  const items: ScheduleItem[] = [];
  for (const message of read(source).messages) {
    for (const quotedLine of message.lines) {
      const line = unquoted(quotedLine);
      // Tab-separated columns ("Départ<TAB>07:10<TAB>BRU") are a table's row, not a written item.
      if (usedLines.has(line.index) || /\S\t/.test(line.text) || line.text.trim().length > 90) continue;
      if (message.signatureStart !== null && line.start >= message.signatureStart) continue;
      const m = NAME_FIRST.exec(line.text);
      if (!m) continue;
      const g = m.groups!;
      // "ГРАФИК ЗА 15.05": a pair the date reader reads as the heading's day is no time.
      const timeIndex = m.index + m[0].length - g.time!.length - g.rest!.length;
      if (findDates(line.text).some((d) => d.index <= timeIndex && timeIndex < d.index + d.length)) continue;
      const place = PLACE_IN_BRACKETS.exec(g.name!);
      // "Lucky Shoes (support) 20:30": the bracket says whose slot it is, not its name.
      const supportAside = SUPPORT_ASIDE.exec(g.name!);
      // "Support (Ana Bel, solo) 20:15": a bracket after the support's slot names its act, no place.
      const actAside = !!place && !supportAside && SUPPORT_WORD.test(g.name!.slice(0, place.index));
      const name = supportAside ? g.name!.slice(0, supportAside.index) : place && !SUPPORT_WORD.test(place[1]!) ? g.name!.slice(0, place.index) : g.name!;
      const words = name.trim().split(/\s+/);
      // A second time in the line makes it a list of items ("doors 20:00, curfew 23:30"): prose, read below.
      if (words.length > 5 || /[,.!?;]/.test(name) || findTimes(g.rest!).length) continue;
      // A sentence going on after the time ("curfew 22:45 because of the club night") is prose.
      const tail = g.rest!.replace(/\([^()]*\)/g, ' ').replace(LENGTH, ' ').match(/\p{L}+/gu) ?? [];
      if (tail.length > 2) continue;
      const kind = activityKind(name);
      const times = timesIn(g.time!);
      if (!times) continue;
      // An act's name alone needs two words: one capitalised word may be any label ("Arrival", "Break"),
      // unless a set's span follows it ("Nordlicht 21:00–22:30", "21:00 (90 min)"), no label is it, and
      // the document names it elsewhere too (a subject, a group's title): an act's name, not a word of the day.
      const soloAct = words.length === 1 && (!!times.end || LENGTH.test(g.rest!)) && !labelKey(name) && namedElsewhere(source.text, name.trim(), line);
      // "Lune Park 17:15 - 17:45" under "SOUNDCHECK Velvet Moths 16:00 - 17:00": the same item for another act (schedule-ditto-line.ts).
      const lineAbove = message.lines.find((l) => l.index === line.index - 1);
      const ditto = kind === 'other' && lineAbove && usedLines.has(lineAbove.index) ? dittoItem(unquoted(lineAbove).text, name, !!times.end) : null;
      if (!ditto && (!kind || (kind === 'other' && (!looksLikeActName(name) || (words.length < 2 && !soloAct && !checkActs.has(name.trim().toLowerCase())))))) continue;
      const nameAt = line.start + m.index + m[0].indexOf(g.name!);
      const timeAt = line.start + m.index + m[0].length - g.time!.length - g.rest!.length;
      const item: ScheduleItem = {
        name: ditto ? found(ditto.name, evidenceAt(source, [nameAt, nameAt + name.length], 'inferred')) : textFound(source, nameAt, name, 'pattern')!,
        kind: found(ditto?.kind ?? kind!, evidenceAt(source, [nameAt, nameAt + name.length], ditto ? 'inferred' : 'pattern')),
        start: at(source, timeAt + times.start.index, times.start.length, times.start.value, 'pattern'),
      };
      if (times.end) item.end = at(source, timeAt + times.end.index, times.end.length, times.end.value, 'pattern');
      if (supportAside) item.support = true;
      if (place && !actAside && name !== g.name) item.location = textFound(source, nameAt + place.index + place[0].indexOf(place[1]!), place[1]!, 'pattern');
      // "Interview Radio X 18h30 en loge (15 min)": the place said after the time.
      const placeAfter = item.location || item.kind.value === 'set' ? null : CLAUSE_PLACE.exec(g.rest!);
      if (placeAfter) item.location = textFound(source, timeAt + g.time!.length + g.rest!.indexOf(placeAfter[1]!), placeAfter[1]!, 'pattern');
      const length = LENGTH.exec(g.rest!);
      const minutes = length ? normaliseDuration(length[1]!) : null;
      if (minutes) {
        const o = timeAt + g.time!.length + g.rest!.indexOf(length![1]!);
        item.lengthMinutes = found(minutes, evidenceAt(source, [o, o + length![1]!.length], 'pattern', true));
      }
      const date = dateAt(line.start);
      if (date) item.date = date;
      if (message.depth) item.depth = message.depth;
      items.push(item);
      usedLines.add(line.index);
    }
  }
  return items;
}

/**
 * A thread restates the day as it changes: each fact keeps its newest statement. An item quoted
 * from an older message is dropped when a newer message states the same fact: the same kind for
 * load-in, soundcheck, doors and curfew; for sets, the same act, or the reader's own set again.
 * Facts only an older message states are kept.
 */
function newestPerFact(source: ExtractedSource, items: ScheduleItem[]): void {
  const own = (i: ScheduleItem) => !!i.ownSet || (!i.support && /^(?:set|show|showtime|set time|stage time)$/i.test(i.name.value));
  const sameItem = (a: ScheduleItem, b: ScheduleItem) => {
    if (a.kind.value !== b.kind.value) return false;
    if (['load_in', 'soundcheck', 'doors', 'curfew'].includes(a.kind.value)) return sameCheck(a, b) || soleNamedCheck(a, b);
    if (a.kind.value !== 'set') return a.name.value.toLowerCase() === b.name.value.toLowerCase() && a.start.value === b.start.value;
    return a.name.value.toLowerCase() === b.name.value.toLowerCase() || (own(a) && own(b));
  };
  // An older message's closing act ("Band Name 21:00") is the set a newer message moves ("your set moves to 21:45").
  const closing = (item: ScheduleItem) => item.kind.value === 'set' && !item.support
    && !items.some((o) => o !== item && o.depth === item.depth && o.kind.value === 'set' && o.start.value > item.start.value);
  // A newer slot named by another act ("so Marta Vey plays 20:15") is that act's, not the closing one moved.
  const sameFact = (a: ScheduleItem, b: ScheduleItem) => sameItem(a, b) || (closing(a) && (own(b) || (closing(b) && !b.act)));
  const newer = (item: ScheduleItem) => items.some((other) => (other.depth ?? 0) < (item.depth ?? 0) && sameFact(item, other));
  // An older "soundcheck 16:00" is the newer message's one check named for an act ("Soundcheck Hana Lights 16:30").
  const soleNamedCheck = (a: ScheduleItem, b: ScheduleItem) => {
    const [bare, named] = actOfCheck(a) ? [b, a] : [a, b];
    if (actOfCheck(bare) || !actOfCheck(named) || /line ?-?check/i.test(bare.name.value + ' ' + named.name.value)) return false;
    return items.filter((o) => (o.depth ?? 0) === (named.depth ?? 0) && o.kind.value === named.kind.value && !/line ?-?check/i.test(o.name.value)).length === 1;
  };
  const drop = new Set(items.filter((i) => i.depth && newer(i)));
  // "moved doors to 7:30" for a memo's "Doors 7PM": a new time without am/pm keeps the half of the day of the one it replaces.
  for (const item of items) {
    if (drop.has(item) || !bareHour(source, item.start) || item.start.value >= '12:00') continue;
    const replaced = [...drop].find((old) => (old.depth ?? 0) > (item.depth ?? 0) && sameFact(old, item));
    if (!replaced || replaced.start.value < '12:00') continue;
    item.start = { ...item.start, value: twelveLater(item.start.value), method: 'inferred' };
    if (item.end && bareHour(source, item.end) && item.end.value < '12:00') item.end = { ...item.end, value: twelveLater(item.end.value), method: 'inferred' };
  }
  // "doors now at 20:30" for the advance's schedule row "20:00 Otvaranje vrata / doors": the fact
  // moved, the row's printed label stays (not a sentence's words: "Bleibt es bei Einlass 19:30?").
  for (const item of items) {
    if (drop.has(item) || !ONCE_A_DAY.includes(item.kind.value) || !bareKindWord(item)) continue;
    const replaced = [...drop].find((old) => (old.depth ?? 0) > (item.depth ?? 0) && sameFact(old, item));
    if (replaced && !bareKindWord(replaced) && timeOpensRow(source, replaced)) item.name = replaced.name;
  }
  // "Get-in stays at 14:00" restates the older "Get-in: 14:00 (loading bay, rear yard)": the fact kept its details.
  for (const item of items) {
    if (drop.has(item)) continue;
    const restated = [...drop].find((old) => (old.depth ?? 0) > (item.depth ?? 0) && sameFact(old, item) && old.start.value === item.start.value);
    if (!restated) continue;
    if (restated.notes) item.notes ??= restated.notes;
    if (restated.location) item.location ??= restated.location;
    // "10pm kayo" (you) recaps "10:00 – 11:15pm Band": the set keeps its end, and its length ("22h – Band (80 min)").
    if (restated.end) item.end ??= restated.end;
    if (restated.lengthMinutes) item.lengthMinutes ??= restated.lengthMinutes;
  }
  for (let i = items.length - 1; i >= 0; i--) if (drop.has(items[i]!)) items.splice(i, 1);
}

const ONCE_A_DAY: string[] = ['load_in', 'soundcheck', 'doors', 'curfew'];

/** The item's line opens with its time (after any quote markers or bullet): a schedule row. */
function timeOpensRow(source: ExtractedSource, item: ScheduleItem): boolean {
  const at = item.start.span?.[0];
  if (at === undefined) return false;
  const lineStart = source.text.lastIndexOf('\n', at - 1) + 1;
  return /^[\s>*•-]*$/.test(source.text.slice(lineStart, at));
}

/** An item named by its kind's word alone ("Doors", "Vrata"), as prose names it. */
export function bareKindWord(item: ScheduleItem): boolean {
  return !/\s/.test(item.name.value.trim()) && activityKind(item.name.value) === item.kind.value;
}

/**
 * A check the prose names for an act ("les balances de Lou passent à 17h15") that is not `artist`
 * (or, the artist unknown, any act's): told in passing, not the band's own soundcheck.
 */
export function checkOfOtherAct(item: ScheduleItem, artist: string | undefined): boolean {
  return item.kind.value === 'soundcheck' && !!item.act && !(artist && foldText(item.name.value).includes(foldText(artist)));
}

/**
 * Two items of one kind state the same fact unless their names tell them apart: a line check is not
 * the soundcheck, and "Line check Kallsjön" (an act after the word) is that act's own.
 */
export function sameCheck(a: ScheduleItem, b: ScheduleItem): boolean {
  const line = (i: ScheduleItem) => /line ?-?check/i.test(i.name.value);
  return line(a) === line(b) && actOfCheck(a) === actOfCheck(b);
}

/** The act a check's name writes after its kind's word ("Line check Kallsjön" → "kallsjön"), else ''. */
function actOfCheck(i: ScheduleItem): string {
  const word = ACTIVITY_KINDS.find(([k]) => k === i.kind.value)![1];
  const m = new RegExp(word.source, 'i').exec(i.name.value);
  return m ? (i.name.value.slice(m.index + m[0].length).match(/\p{Lu}[\p{L}'’&-]*/gu) ?? []).join(' ').toLowerCase() : '';
}

const NAME_FIRST = /^\s*(?:[-–•*·]\s*)?(?<name>\p{L}[^\d\n]{0,48}?(?:\s\(1(?:st|re|ère)\s[^()\d\n]{1,20}\))?)\s*(?:[:–-]\s*|\s(?:at|@|um|om|à|alle|ore|fra|från|from|dalle|dès|ab)\s+|\s)(?<time>(?:klo?\.?\s*)?\d{1,2}(?:[:.h]\d{2})?(?:\s*[ap]\.?m\b\.?)?(?:\s*[-–]\s*\d{1,2}(?:[:.h]\d{2})?(?:\s*[ap]\.?m\b\.?)?)?)(?<rest>(?:[\s(→].*)?)$/iu;

// A 12-hour time may name its part of the day in Malay after it ("Curfew ⇥ 11.30 mlm", normalise/malay-clock.ts).
const CLAUSE_TIME = String.raw`(?:klo?\.?\s*)?\d{1,2}(?:[:.h]\d{2}(?:\s*(?:[ap]\.?m\b\.?|${MALAY_DAY_PART}(?!\p{L})))?|\s*[ap]\.?m\b\.?)`;
/** "then Kalte Line line check 17:30", "us 21:15": an item's name as written, directly before its time or range. */
const CLAUSE = new RegExp(String.raw`^\s*(?:(?:and\s+)?then\s+|and\s+|danach\s+|dann\s+|sedan\s+|puis\s+|luego\s+)?(?<name>\p{L}[^\d]{0,40}?)\s+(?:(?:at|@|from|um|ab|om|à|kl\.?|ca\.|approx\.|circa)\s+)?(?<time>${CLAUSE_TIME}(?:\s*[-–]\s*${CLAUSE_TIME})?)(?<rest>(?:\s.*)?)$`, 'iu');
/** Words that make a name a sentence ("curfew is 23:00", "he has a car from 12:00"). */
// `\b` is ASCII's: Swedish "är" ("Stämmer det att ljudprov är 16.00?") needs letter lookarounds.
const SENTENCE_WORD = /\b(?:is|are|was|will|be|has|have|had|can|now|moves?|stays?|closes?|opens?|starts?|ends?|i|he|she|it|they|ist|sind|er)\b|(?<![\p{L}])är(?![\p{L}])/iu;
/**
 * "(8pm ang doors", "10pm kayo", "11:30pm curfew)": Taglish names an item after its time, with "ang" (the) before
 * it, here in a bracketed recap after words of its own; the name is a known item's word or the reader's set.
 */
const TIME_FIRST_CLAUSE = new RegExp(String.raw`^(?:[^()\d]*\()?\s*(?<time>${CLAUSE_TIME}(?:\s*[-–]\s*${CLAUSE_TIME})?)\s+(?:ang\s+)?(?<name>\p{L}[\p{L}'’ -]{0,30}?)\)?(?<rest>)\s*$`, 'iu');
/** The reader's own set, named by a pronoun: "us 21:15". */
const OWN_SET_WORD = /^(?:us|we|you)$/i;
/** "after", "before", "nach", "vor", "après", "avant", "efter", "före": a name opening so is another item's moment. */
const RELATIVE_TO = /^(?:after|before|during|nach|vor|während|après|avant|pendant|después de|antes de|efter|före|etter|før|na|voor|tijdens)\s/iu;
/** Tagalog "kayo" (you) in lower case ("8pm ang doors, 10pm kayo"): capitalised, "Kayo" is a given name. */
const TAGALOG_OWN_SET = /^kayo$/;
/**
 * "from the hotel lobby" after an item's time: where it starts (a chat's filler word dropped); French
 * "en loge", German "im Pressezelt" too. A length in brackets may follow ("en loge (15 min)").
 */
const CLAUSE_PLACE = /^\s*(?:(?:tomorrow|today)\s+)?(?:from|at|in|en|im)\s+(?:the\s+)?(\p{L}[^,;()]{2,60}?)(?:\s+(?:btw|pls|please|thanks|thx))?(?:\s*\(\s*\d{1,3}\s*min(?:utes?|uten)?\.?\s*\))?\s*[.!]?\s*$/iu;

/**
 * A line listing several items as clauses, as chats and quick e-mails write the day: "full
 * soundcheck 16:00-17:15, then support line check 17:30" or "doors 19:30, Act 20:15-20:45, us 21:15,
 * 90 min set, curfew 23:00". Each clause is a name as written and its time; a clause of a length
 * alone ("90 min set", "60 min please") is the length of the set before it. A sentence with one timed clause counts
 * when the clause names a known kind of item and at most its place follows ("bus call 11:00
 * tomorrow from the hotel lobby").
 */
function listedItems(source: ExtractedSource, usedLines: Set<number>, dateAt: (offset: number) => Found<string> | undefined): ScheduleItem[] {
  const items: ScheduleItem[] = [];
  for (const message of read(source).messages) {
    for (const quotedLine of message.lines) {
      const line = unquoted(quotedLine);
      // A label may head the line ("Times:⇥load-in 16:00, …"); tabs further on make it a table's row.
      // A label cell before one value cell ("Venue times ⇥ Get-in 13:00 · Curfew 22:30") heads a list too, of two or more timed items.
      const cellLabel = LINE_LABEL.exec(line.text) ? null : TAB_LABEL.exec(line.text)?.[0];
      const label = LINE_LABEL.exec(line.text)?.[0] ?? cellLabel ?? '';
      if (usedLines.has(line.index) || /\S\t/.test(line.text.slice(label.length))) continue;
      if (message.signatureStart !== null && line.start >= message.signatureStart) continue;
      // " / " parts clauses only on a line that opens with its first item ("doors 20:00 / Act on stage 21:15"), not under a heading label.
      const clauses = clausesOf(line.text, label.length, !label);
      const timed = clauses.filter((c) => findTimes(c.text).length);
      if (cellLabel && timed.length < 2) continue;
      const parsed = clauses.map((c) => ({ clause: c, item: clauseItem(source, line, c, timed.length > 1) }));
      const lineItems = parsed.flatMap((f) => (f.item ? [f.item] : []));
      // A line read only in part is prose: the narrative reading takes it whole, after its sentences that list items are read.
      if (!lineItems.length || parsed.some((f) => !f.item && findTimes(f.clause.text).length)) {
        const listed = listedSentenceItems(source, line, clauses);
        const date = dateAt(line.start);
        for (const item of listed) {
          if (date) item.date = date;
          if (message.depth) item.depth = message.depth;
        }
        items.push(...listed);
        continue;
      }
      for (const f of parsed) {
        const length = f.item ? null : /^\s*(\d{2,3}\s*min(?:utes?|s)?)(?:\s+\p{L}+)?\s*$/iu.exec(f.clause.text);
        const set = length ? lineItems.filter((i) => i.kind.value === 'set' && i.start.span![0] < line.start + f.clause.at).pop() : undefined;
        if (set && length) {
          const o = line.start + f.clause.at + f.clause.text.indexOf(length[1]!);
          set.lengthMinutes = found(normaliseDuration(length[1]!)!, evidenceAt(source, [o, o + length[1]!.length], 'pattern', true));
        }
      }
      const date = dateAt(line.start);
      for (const item of lineItems) {
        if (date) item.date = date;
        if (message.depth) item.depth = message.depth;
      }
      items.push(...lineItems);
      usedLines.add(line.index);
    }
  }
  return items;
}

/**
 * A sentence of a prose line that lists two or more timed items, maybe after words introducing them up to a
 * spaced dash: "We're shifting everything by a quarter — support 20:15-20:45, Lumen Lane 21:15-22:45."
 * Its items, when every timed clause of the sentence is one.
 */
function listedSentenceItems(source: ExtractedSource, line: Line, clauses: { text: string; at: number }[]): ScheduleItem[] {
  const out: ScheduleItem[] = [];
  for (const sentence of sentencesOf(line.text, clauses)) {
    const [first, ...rest] = sentence.map((c, i) => (i === 0 ? withoutIntro(c) : c));
    const listed = [first!, ...rest];
    if (listed.filter((c) => findTimes(c.text).length).length < 2) continue;
    const parsed = listed.map((c) => ({ c, item: clauseItem(source, line, c, true) }));
    if (parsed.some((p) => !p.item && findTimes(p.c.text).length)) continue;
    out.push(...parsed.flatMap((p) => (p.item ? [p.item] : [])));
  }
  return out;
}

/** A line's clauses grouped by sentence: a full stop, "!" or "?" between two clauses starts a new one. */
function sentencesOf(text: string, clauses: { text: string; at: number }[]): { text: string; at: number }[][] {
  const out: { text: string; at: number }[][] = [];
  let end = -1;
  for (const c of clauses) {
    if (end < 0 || /[.!?]/.test(text.slice(end, c.at))) out.push([]);
    out[out.length - 1]!.push(c);
    end = c.at + c.text.length;
  }
  return out;
}

/** A clause's words before its last spaced dash or colon (ahead of its time) introduce the list: the item follows. */
function withoutIntro(clause: { text: string; at: number }): { text: string; at: number } {
  const time = clause.text.search(/\d{1,2}[:.h]\d{2}/);
  const head = time < 0 ? '' : clause.text.slice(0, time);
  // "Rundown for Friday at Hall 9: load-in 14:00, …": a colon ends an intro of three words or more too (not a
  // label's: "Ground: airport pick-up Fri 16:30"), when the item's name follows it.
  const cut = [...head.matchAll(/\s[–—]\s+|(?<=(?:^|\s)\S+\s+\S+\s+\S[^:]*):\s+(?=[^\d]*\p{L})/gu)].pop();
  if (!cut) return clause;
  const from = cut.index! + cut[0].length;
  return { text: clause.text.slice(from), at: clause.at + from };
}

const LINE_LABEL = /^\s*\p{L}[\p{L} ]{1,20}:\s+(?=\S)/u;
const TAB_LABEL = /^\s*\p{L}[^\t\d:]{1,40}\t+(?=\S[^\t]*$)/u;
// A spaced pipe parts items as a comma does ("Load-in 12:00 | Doors 19:00", a printed day-at-a-glance strip).
// An unspaced pipe ("12:00|Doors") is no separator: it stays inside the clause.
// So does a spaced middle dot ("Get-in 13:00 · Curfew 22:30"); "ca." before a time ends no clause.
const CLAUSE_PART = /(?:[^,;|·•]|(?<!\s)\||\|(?!\s))+?(?=\s*[,;]\s|\s+[|·•]\s|(?<!(?<![\p{L}])(?:ca|approx|circa))[.!?]\s+|\s*[,;.!?]?\s*$)/gu;
const SLASHED_CLAUSE = /(?:[^,;/|]|(?<!\s)\||\|(?!\s)|\/(?!\s+\p{L})|(?<!\s)\/)+?(?=\s*[,;]\s|\s+\|\s|\s+\/\s+\p{L}|[.!?]\s+|\s*[,;.!?]?\s*$)/gu;
/** After an item's time, " / " (or " | ") and another named item with its time, written without a colon. */
/** Before an item's label, another item's time and " / " or " | ": the item is one of a listed line's. */
const LISTED_BEFORE = /\d{1,2}[:.h]\d{2}\s+[/|·•]\s+$/u;
const LISTED_NEXT = /^\s+[/|·•]\s+\p{L}[^/|:\d]{0,40}\d{1,2}[:.h]\d{2}/u;

/**
 * A line's clauses from `from` on: split at commas, semicolons, spaced pipes and sentence ends (and, when `slashes`,
 * at " / " before a word), each with its offset in the line.
 */
function clausesOf(text: string, from: number, slashes = false): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  const re = slashes ? SLASHED_CLAUSE : CLAUSE_PART;
  re.lastIndex = from;
  for (const m of text.matchAll(re)) {
    const lead = /^[\s.!?·•]*/.exec(m[0])![0].length;
    if (m[0].trim()) out.push({ text: m[0].slice(lead), at: m.index + lead });
  }
  return out;
}


function clauseItem(source: ExtractedSource, line: Line, clause: { text: string; at: number }, inList: boolean): ScheduleItem | null {
  const nameFirst = CLAUSE.exec(clause.text);
  const timeFirst = !nameFirst;
  const m = nameFirst ?? TIME_FIRST_CLAUSE.exec(clause.text);
  if (!m) return null;
  const g = m.groups!;
  const name = g.name!.trim();
  if (name.split(/\s+/).length > 5 || /[.!?:]/.test(name)) return null;
  // "…, le jour de la représentation à 18h30": the show names the day; the time is the thing said before it.
  if (DAY_OF_SHOW.test(name)) return null;
  // "dinner … 19:10 after soundcheck": a time placed against another item is no time of that item.
  if (timeFirst && RELATIVE_TO.test(name)) return null;
  const ownSet = OWN_SET_WORD.test(name) || TAGALOG_OWN_SET.test(name);
  if (!ownSet && SENTENCE_WORD.test(name)) return null;
  const kind: ActivityKind | null = ownSet ? 'set' : activityKind(name);
  // An act's name alone counts only in a list, as two capitalised words before a colon time ("Beer 4.50" is a price).
  // The crew's work ("Load-out 23:15") is an item of the day by its word, as a keyword item is.
  if (!kind || (timeFirst && kind === 'other') || (kind === 'other' && !CREW_WORK.test(name) && (!inList || !looksLikeActName(name) || name.split(/\s+/).length < 2 || !/^\d{1,2}:\d{2}/.test(g.time!)))) return null;
  // The item's word ends its name, or one word follows it ("hard curfew", "van call", "doors open");
  // more words after it are a sentence's ("doors only now").
  const word = ACTIVITY_KINDS.find(([k]) => k === kind)?.[1];
  const after = word && !ownSet ? [...name.matchAll(new RegExp(word.source, 'gi'))].pop() : undefined;
  if (after && (name.slice(after.index! + after[0].length).match(/\p{L}+/gu) ?? []).length > 1) return null;
  const place = CLAUSE_PLACE.exec(g.rest!);
  const length = LENGTH.exec(g.rest!);
  const restWords = g.rest!.replace(/\([^()]*\)/g, ' ').replace(LENGTH, ' ').match(/\p{L}+/gu) ?? [];
  if (!place && restWords.length > (inList ? 3 : 0)) return null;
  const times = timesIn(g.time!);
  if (!times) return null;
  const clauseAt = line.start + clause.at;
  const nameAt = clauseAt + m[0].indexOf(g.name!);
  const timeAt = clauseAt + m[0].indexOf(g.time!);
  const item: ScheduleItem = {
    name: textFound(source, nameAt, name, 'pattern')!,
    kind: found(kind, evidenceAt(source, [nameAt, nameAt + name.length], 'pattern')),
    start: at(source, timeAt + times.start.index, times.start.length, times.start.value, 'pattern'),
  };
  if (times.end) item.end = at(source, timeAt + times.end.index, times.end.length, times.end.value, 'pattern');
  if (ownSet) item.ownSet = true;
  if (place && kind !== 'set') item.location = textFound(source, timeAt + g.time!.length + g.rest!.indexOf(place[1]!), place[1]!, 'pattern');
  // "Van pick-up 13:15, Quay station → venue.": the route drawn in the clause after the ride's.
  if (kind === 'transfer' && !place) drawnRideAfter(source, line.text.slice(clause.at + clause.text.length), clauseAt + clause.text.length, item);
  const minutes = length ? normaliseDuration(length[1]!) : null;
  if (minutes) {
    const o = timeAt + g.time!.length + g.rest!.indexOf(length![1]!);
    item.lengthMinutes = found(minutes, evidenceAt(source, [o, o + length![1]!.length], 'pattern', true));
  }
  return item;
}

/** A calendar file's events: each one an item, dated and placed by the event itself. */
function calendarItems(source: ExtractedSource): ScheduleItem[] {
  const items: ScheduleItem[] = [];
  for (const event of calendarEvents(read(source).lines)) {
    const kind = activityKind(event.summary.value);
    if (!kind || !event.start) continue;
    const field = (f: { value: string; span: [number, number] }) => found(f.value, evidenceAt(source, f.span, 'label', true));
    const item: ScheduleItem = {
      name: found(event.summary.value, evidenceAt(source, event.summary.span, 'label')),
      kind: found(kind, evidenceAt(source, event.summary.span, 'label')),
      start: field(event.start),
      date: field(event.date),
    };
    if (event.end) item.end = field(event.end);
    if (event.location) item.location = found(event.location.value, evidenceAt(source, event.location.span, 'label'));
    if (event.description) item.notes = found(event.description.value, evidenceAt(source, event.description.span, 'label'));
    items.push(item);
  }
  return items;
}

/**
 * A festival's full running order "for info" lists every act of the stage, ours again among them:
 * a block of consecutive lines holding only acts' slots, one of which repeats a slot read elsewhere
 * (same name and start, or a set's same start and end), is the other acts' schedule, not this show's, and is
 * left out, all but the row repeating our set's slot.
 */
function dropRunningOrders(items: ScheduleItem[], lines: Line[]): void {
  const lineOf = (item: ScheduleItem) => (item.start.span ? lineAt(lines, item.start.span[0]) : -1);
  const keyOf = (item: ScheduleItem) => `${item.name.value.toLowerCase()}|${item.start.value}`;
  const slotOf = (item: ScheduleItem) => `${item.start.value}|${item.end?.value}`;
  const isAct = (item: ScheduleItem) => item.kind.value === 'set' || (item.kind.value === 'other' && looksLikeActName(item.name.value));
  const placed = items.map((item) => ({ item, line: lineOf(item) })).filter((p) => p.line >= 0).sort((a, b) => a.line - b.line);
  const blocks: (typeof placed)[] = [];
  for (const p of placed) {
    const last = blocks[blocks.length - 1];
    if (last && p.line - last[last.length - 1]!.line === 1) last.push(p); else blocks.push([p]);
  }
  const drop = new Set<ScheduleItem>();
  // A row named by no known word may be an act too ("Wana wa Pwani"): beside three acts, it is listed as one.
  const billed = (item: ScheduleItem) => isAct(item) || item.kind.value === 'other';
  let droppedUntil = -1;
  for (const block of blocks) {
    // The next stage's bill, right below a dropped one ("Second Stage, for info: 16:00-16:45 X; …"), is other acts' too.
    if (droppedUntil >= 0 && block[0]!.line - droppedUntil <= 3 && block.every((p) => billed(p.item))) {
      block.forEach((p) => drop.add(p.item));
      droppedUntil = block[block.length - 1]!.line;
      continue;
    }
    // The stage's own marks may stand among the acts ("12:00 Gates open", "01:00 Curfew"): still the acts' list.
    if (block.filter((p) => isAct(p.item)).length < 3 || block.filter((p) => billed(p.item)).length * 2 < block.length) continue;
    const others = placed.filter((p) => !block.includes(p)).map((p) => p.item);
    const keys = new Set(others.map(keyOf));
    // The set read elsewhere may be named by its label ("Show 17:40 – 18:30"): the row with its slot, start
    // and end, is ours and stays, to name that set by the act.
    const sets = new Set(others.filter((o) => o.kind.value === 'set' && o.end).map(slotOf));
    const ownRow = (item: ScheduleItem) => !!item.end && sets.has(slotOf(item)) && isAct(item);
    // A row restating a slot read elsewhere, start and end ("20:30-20:50 our line check"), repeats that item.
    const slots = new Set(others.filter((o) => o.end).map(slotOf));
    const restated = (item: ScheduleItem) => !!item.end && slots.has(slotOf(item));
    if (block.some((p) => keys.has(keyOf(p.item)) || restated(p.item))) {
      block.filter((p) => !ownRow(p.item) && (billed(p.item) || restated(p.item))).forEach((p) => drop.add(p.item));
      droppedUntil = block[block.length - 1]!.line;
    }
  }
  for (let i = items.length - 1; i >= 0; i--) if (drop.has(items[i]!)) items.splice(i, 1);
}

/** "Hotel Strand → festival site": where a transfer goes from and to. */

/** A remarks column's header in the lexicon's languages ("Notes", "Opmerkingen / Notes", "Bemerkungen", Danish "Bemærkninger"). */
const REMARKS_HEADER = /^(?:[\p{L} ]+\/\s*)?(?:notes?|remarks?|comments?|opmerking(?:en)?|anmerkung(?:en)?|bemerkung(?:en)?|bem[æe]rkning(?:er)?|hinweise?|notiz(?:en)?|anteckning(?:ar)?|kommentar(?:er)?|notas|observaciones|comentarios|remarques|commentaires|note|osservazioni|obs\.?|observa[çc][õo]es|uwagi|備考)\s*$/iu;

/**
 * A free "details" cell: "60 min" is the item's length (not a note); "A → B" is where it goes from
 * and to; in a table without a location column the details are the location; otherwise a note.
 */
function readDetails(source: ExtractedSource, raw: string, offset: number, item: ScheduleItem, hasLocation: boolean): void {
  // "75 phút": Vietnamese minutes, read as "75 min".
  const full = normaliseText(raw)?.replace(/^(\d{1,3})\s*phút$/i, '$1 min');
  if (!full || onlyCrossReference(full)) return;
  const span: [number, number] = [offset, offset + raw.length];
  const minutes = /^\d/.test(full) ? normaliseDuration(full.replace(/\b(incl|inkl|including)\b.*$/i, '')) : null;
  if (minutes) item.lengthMinutes = found(minutes, evidenceAt(source, span, 'table', true));
  // "80 min incl. encore", "75 min max": the set's length with its encore or its bound is still only a length, no remark.
  if (minutes && /^\d+\s*(min\w*|h\w*|dəq\w*)?\.?(?:\s+(?:max(?:imum)?|tops)\.?)?(?:\s*\(?(?:incl\.?|inkl\.?|including|inklusive|mit|with)\s+(?:the\s+)?(?:encores?|zugaben?|rappels?|extranummer)\)?)?$/i.test(full)) return;
  // "Lakeside Stage, 50 min": the length is read apart from the place.
  const parts = full.split(/,\s*/);
  const lengthPart = parts.findIndex((p) => /^\d+\s*(min\w*|h)\.?$/i.test(p));
  if (lengthPart > 0 && !minutes) {
    item.lengthMinutes = found(normaliseDuration(parts[lengthPart]!)!, evidenceAt(source, span, 'table', true));
    parts.splice(lengthPart, 1);
  }
  const text = parts.join(', ');
  const route = ROUTE.exec(text);
  if (route && !item.location) {
    item.location = found(route[1]!, evidenceAt(source, span, 'table'));
    item.destination = found(route[2]!, evidenceAt(source, span, 'table'));
  } else if (!hasLocation && !item.location && !minutes && !limitRemark(item, text)) {
    // "Side door — 2 loaders on hand": the place, then a remark on the item after a spaced em dash.
    const [place, remark] = text.split(/\s+—\s+/, 2);
    item.location = found(place!, evidenceAt(source, span, 'table'));
    if (remark) item.notes = found(remark, evidenceAt(source, span, 'table'));
  }
  // As a note the cell is kept as written, its length too ("Ed + Gwen, 20 min").
  else item.notes = found(full, evidenceAt(source, span, 'table'));
  // A ride's note "to Manchester (overnight drive)" also says where it goes.
  const bound = item.kind.value === 'transfer' && !item.destination ? RIDE_BOUND.exec(full) : null;
  if (bound) item.destination = found(bound[1]!, evidenceAt(source, span, 'table'));
}

/** "Curfew ⇥ 22:00 ⇥ Hard stop, council licence …": a limit's details cell opening on its firmness is a remark on it, no place. */
function limitRemark(item: ScheduleItem, text: string): boolean {
  return (item.kind.value === 'curfew' || item.kind.value === 'doors') && FIRMNESS_FIRST.test(text);
}

/** "to Manchester (overnight drive)", "nach Köln, über Nacht": where a ride's note says it goes. */
const RIDE_BOUND = /^(?:to|nach|till|naar|vers|hacia|til)\s+(?:the\s+)?(\p{Lu}[^,;()]{1,40}?)\s*(?:[,;(]|$)/u;

/**
 * A keyword of the day, then (within a few words) a time: the prose of e-mails and chats. A time
 * that goes on as a date ("13.11.2027") is the date. "Online check-in" holds no line check. A Malay
 * part of the day after the time ("11.30 mlm") is part of it.
 */
/** Hindi "baje", Tamil "mani" / "மணி" (o'clock) after an hour in digits: "soundcheck 5 baje", "doors 7 mani". */
const HOUR_WORD_AFTER = String.raw`(?:baje|mani(?:kk?[ui])?|மணி(?:க்கு)?)(?![a-z\u0B80-\u0BFF])`;
/**
 * "linecheck 3 மணி இல்ல, சாயங்காலம் 6 மணிக்கு" (Tamil: not at 3, at 6 in the evening), Hindi "4 baje nahi,
 * 5 baje": the time is denied and the one named after it, in the same sentence, is the item's.
 */
const DENIED_AFTER = /^\s*(?:illa|illai|இல்ல|இல்லை|nahi|nahin|nahī)(?![\p{L}\p{M}])\s*,?/u;
const NARRATIVE = new RegExp(
  String.raw`(?<what>(?:stage time|set time|showtime|set|show) for (?<act>[^,.\d]{2,40}?) is|load[- ]?in${LOADING_PLACE}|get[- ]?in|sound ?check|(?<!\p{L})line ?check(?! ?-?in)|doors(?: open)?|\bvrata(?: (?:se )?otvara(?:mo|ju))?|otvaranje vrata|(?:festival )?gates open|curfew|einlass|soundcheck|insl[äa]pp|puertas|prueba de sonido|passagem de som|(?<!\p{L})balances|couvre-feu|(?:(?<!thank )you(?:'re| are)?|(?<!\p{L})ye(?:'re| are)|we(?:'re| are)|they(?:'re| are)|band is) on(?: stage)?|on stage|stage time|show(?:time)?|support(?: act)?(?:\s*\((?<support>[^)]{2,60})\))?|pick[- ]?up|interview|toque de queda|carga|(?<!\p{L})laden|beginn|abre|ustedes|vosotros|(?<!\p{L})kayo(?!\p{L})|portas|vocês|\bcarico\b|(?<=\ble )porte\b(?!-)|coprifuoco|\bvoi\b|(?:your|our) (?:set|show|slot)|(?:she|he|they)(?: now| then| will)? plays?|${HAUSA_ON_STAGE}|${LATVIAN_INDONESIAN_NARRATIVE})` +
  String.raw`(?<gap>(?:[^.\d]|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?){0,40}?)(?<time>(?:klo?\.?\s*|${CLOCK_WORD})?(?<!\d)\d{1,2}(?:[:.h]\d{2}(?![./]?\d)(?:\s*[ap]\.?m\b\.?|\s+${MALAY_DAY_PART}(?![a-z]))?|\s*[ap]\.?m\b\.?|h\b|\s*uhr\b|\s*${HOUR_WORD_AFTER})(?:(?:\s*[-–]\s*|\s+(?:a|às|até|to|bis|till)\s+|${RANGE_UNTIL})\d{1,2}[:.h]\d{2})?)`,
  'gi',
);

/** An act named right after a check's word: "balances de Lou", "soundcheck for Mara Lind". */
const CHECK_OF_ACT = /^\s*(?:de|of|for|von|för|für|di|del)\s+(\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,3})/u;
/** A verb of moving right before the item's word: "move the doors", "flytta insläppet", "den Einlass verschieben". */
const MOVED_BEFORE = /(?<!\p{L})(?:mov|shift|push|postpon|flytt|tidigarelägg|senarelägg|versch[io]e?b|verleg|décal|avanc|retard|cambi|adelant|retras|verplaats|verzet|spost|anticip)\p{L}*\s+(?:\p{L}+\s+)?$/iu;
/**
 * "before 17:00", and "by" in a clause after a comma ("2 for support, to Jess by 17:00"): a deadline
 * for something said in between, not the item's time ("load-in by 14:00" still times the load-in).
 */
/**
 * "0113 496 0552 (office line, she'll pick up from 3pm)": "pick up" with a person as its subject and no one
 * picked up, said of a phone, is answering it, no ride — a number or a word of the phone in the same sentence before it.
 */
const PHONE_BEFORE = /(?:\d[\d ]{6,}\d|\b(?:line|phone|mobile|number|call|ring)\b)[^.!?\n]*$/i;
const SUBJECT_BEFORE = /\b(?:she|he|they|someone|somebody|I|we)(?:['’]ll|\s+will|\s+can|\s+should|\s+does|\s+do|\s+usually)?\s+$/i;

function answersPhone(what: string, text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 120), at);
  return /^pick(?:s|ing)?[ -]?up$/i.test(what) && SUBJECT_BEFORE.test(before) && PHONE_BEFORE.test(before);
}

const DEADLINE_GAP = /\b(?:before|no later than|spätestens|senast|avant|antes de las?)\s*$|[,;][^,;]*\S\s+by\s*$/i;
const UNTIL_GAP = /\b(?:until|till|bis|jusqu['’]?(?:à|a)|hasta|tot|fino alle)\s*$/i;
const ACT_BEFORE_TIME = /,\s*\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*)+\s*$/u;
/** Words after which the act is named before its time: "Beginn Lumenwald 21:00", "abre Los Minutos 21:15". */
const ACT_AFTER = /^(beginn|abre)$/i;
const LEADING_ACT = /^\s*(\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,3})((?:\s+\p{Ll}+){0,2}\s*)$/u;
/** "ustedes 22:15 a 23:45", Tagalog "kayo 21:00": the reader's own set, when at most a verb stands before the time. */
const OWN_SET = /^(ustedes|vosotros|vocês|voi|kayo)$/i;
const OWN_SET_GAP = /^\s*(?:(?:tocan|tocáis|salen|empiezan|a las|a la|entram|tocam|começam|às|à|suonate|attaccate|iniziate|salite sul palco|alle|alle ore)\s*)*$/i;

/**
 * A message's own prose as one string with the same offsets as the source: quoted replies (unless
 * kept, their markers blanked), the signature and lines already read are blanked, line ends become
 * spaces so a sentence may wrap.
 */
export function proseOf(message: EmailMessage, skip: (line: Line) => boolean = () => false, keepQuoted = false): { text: string; offset: number } {
  const offset = message.lines[0]?.start ?? 0;
  let text = '';
  for (const quotedLine of message.lines) {
    const line = keepQuoted ? unquoted(quotedLine) : quotedLine;
    text = text.padEnd(line.start - offset, ' ');
    const blank = /^\s*>/.test(line.text) || (message.signatureStart !== null && line.start >= message.signatureStart) || skip(line);
    text += blank ? ' '.repeat(line.text.length) : line.text;
  }
  return { text, offset };
}

/** "Fri 22.10. at 13:40", "petak 22.10. u 13:40": a value that opens with a day, then the time. */
function dayThenTime(value: string, ref: Date | null): boolean {
  const day = findDates(value.slice(0, 40), ref ?? undefined)[0];
  if (!day || value.slice(0, day.index).trim().split(/\s+/).length > 1) return false;
  // The hour's word may be abbreviated: "5. mars kl. 16:30".
  return /^\.?,?\s*(?:\p{L}{1,3}\.?\s+)?\d{1,2}[:.h]\d{2}/u.test(value.slice(day.index + day.length));
}

/**
 * "Could we soundcheck at 16:00 instead of 16:30?": a sentence that asks for a time (opened by a modal
 * and ending with a question mark on its line) is a request, not a time anyone has agreed. A tag
 * question after a statement ("soundcheck at five, ok?") still states it.
 */
const REQUEST_OPENER = /^[\s>"'(]*(?:\d+[.)]\s*)?(?:could|can|would|may|might|shall|is it possible|any chance|is there any chance|do you think|könnten|können|kann|dürfen|kunnen|zouden|kan|kunne|podemos|podríamos|pourrait|pourrions|peut-on|possiamo|potremmo|é possível|czy|možemo|može li|bi li)\b/iu;
function asksQuestion(text: string, at: number, from: number): boolean {
  if (/[.!?](?=\s|$)|\n/.exec(text.slice(from, from + 160))?.[0] !== '?') return false;
  return REQUEST_OPENER.test(sentenceBefore(text, at, 160));
}

/**
 * A clause that only weighs a change ("they might push doors to …", "perhaps soundcheck at …"): a hedge
 * before the item, in its clause ("Parking might be tight, load-in at 14:00" still states the load-in).
 */
const HEDGE = /\b(?:might|perhaps|possibly|maybe|vielleicht|eventuell|peut-être|quizás|kanske|misschien)\b/iu;
/** A sentence's saying its times are the public's alone: "for ticket holders only", "do not apply to artists". */
const NOT_FOR_ARTISTS = /\b(?:for\s+ticket[- ]?holders\s+only|(?:do|does)\s+not\s+apply\s+to\s+(?:the\s+)?(?:artists?|acts?|bands?|performers?|you))\b/i;

/** The rest of the sentence from offset `at`, at most `reach` characters, up to its full stop or a blank line. */
function sentenceAfter(text: string, at: number, reach: number): string {
  const after = text.slice(at, at + reach);
  const end = /[.!?](?=\s|$)|\n[ \t]*\n/.exec(after);
  return end ? after.slice(0, end.index) : after;
}

function hedged(text: string, at: number): boolean {
  return HEDGE.test(sentenceBefore(text, at, 120, true));
}

/** "is not possible", Swahili "haiwezekani", German "geht nicht": the time just written is refused. */
const NOT_POSSIBLE_AFTER = /^\s*(?:(?:is\s+)?(?:not\s+possible|impossible)|isn['’]t\s+possible|won['’]t\s+work|doesn['’]t\s+work|haiwezekani|haitawezekana|ist\s+nicht\s+möglich|geht\s+nicht|no\s+es\s+posible|n['’]est\s+pas\s+possible|is\s+niet\s+mogelijk|är\s+inte\s+möjligt?)(?![\p{L}])/iu;

/**
 * "Soundcheck we couldn't give you at 16:00", Maltese "Is-soundcheck ma stajniex nagħtukom fl-4pm": a "could not"
 * between the item and its time refuses that time.
 */
const REFUSED_GAP = /(?<!\p{L})(?:couldn['’]t|could\s+not|were\s+unable|ma\s+stajniex|ma\s+stajnix|konnten\s+(?:\p{L}+\s+)?nicht|no\s+pudimos|n['’]avons\s+pas\s+pu|kunden\s+inte)(?!\p{L})/iu;

/** A sentence saying someone or something is not available: the times after it are a blackout, not an item's time. */
const UNAVAILABLE = /\b(?:not available|unavailable|not reachable|nicht verfügbar|nicht erreichbar|nicht einsatzbereit|niet beschikbaar|inte tillgängliga?|ikke tilgjengelig|no disponibles?|pas disponibles?|non disponibili?)\b/iu;

/** "between", "zwischen", "tussen", "mellan", "entre", "tra": the opening of the range a blackout gives. */
const BLACKOUT_RANGE = /(?<![\p{L}])(?:between|from|zwischen|von|tussen|van|mellan|från|mellom|fra|entre|de|tra|dalle)\s*$/iu;

/** The words of the sentence (or, with `clause`, the clause) before offset `at`, looking back at most `reach` characters. */
function sentenceBefore(text: string, at: number, reach: number, clause = false): string {
  const before = text.slice(Math.max(0, at - reach), at);
  const stops = clause ? /[.!?:;,](?=\s)/g : /[.!?:](?=\s)/g;
  const cut = Math.max(before.lastIndexOf('\n'), ...[...before.matchAll(stops)].map((m) => m.index));
  return before.slice(cut + 1);
}

/** A word for the whole show, which another item's time may be given against. */
const SHOW_WORD = /^(?:show|gig|concert|konzert|concierto|concerto|spelning|optreden)$/i;
/** "after the", "nach dem", "na het", "après le", "después del", "efter": a time placed against the show. */
const AROUND_THE_SHOW = /(?<![\p{L}])(?:after|before|nach|vor|na|voor|après|avant|después|antes|efter|före)\s+(?:the\s+|dem\s+|der\s+|het\s+|de\s+|le\s+|la\s+|el\s+|del\s+)?$/iu;

/** A verb of moving a time ("moved", "changing", "shifted", "pushing"): its "from X to Y" is the old time and the new. */
const MOVE_VERB = /\b(?:mov|chang|shift|push)\w*\b/i;

function narrativeItems(source: ExtractedSource, usedLines: Set<number>): ScheduleItem[] {
  const r = read(source);
  const items: ScheduleItem[] = [];
  for (const message of r.messages) {
    const prose = proseOf(message, (line) => usedLines.has(line.index), true);
    const lineStarts = message.lines.map((l) => l.start - prose.offset);
    for (const m of narrativeMatches(NARRATIVE, prose.text, lineStarts)) {
      const g = m.groups!;
      // "doors (see above), Marigold Static 20:15": the time is another act's, named after a comma.
      if (NOT_ACTIVITY.test(g.gap!) || ACT_BEFORE_TIME.test(g.gap!)) continue;
      // "Load-in ⇥ ⇥ Soundcheck" over "Doors ⇥ 8.00 PM": a time on a later line after another item's word is that item's.
      const gapAt = m.index! + m[0].indexOf(g.gap!, g.what!.length);
      const gapCrossesLine = lineStarts.some((start) => start > gapAt && start <= gapAt + g.gap!.length);
      if (gapCrossesLine && !['other', null].includes(activityKind(g.gap!))) continue;
      // "names by the TM on show day before 17:00": the day of the show, and a deadline, not an item's time.
      if ((/^show$/i.test(g.what!) && /^\s*(?:day|date)\b/i.test(g.gap!)) || DEADLINE_GAP.test(g.gap!)) continue;
      if (answersPhone(g.what!, prose.text, m.index)) continue;
      // "back after the show at 23:00": the time is of what comes after (or before) the show, not the show's own.
      if (SHOW_WORD.test(g.what!) && AROUND_THE_SHOW.test(prose.text.slice(Math.max(0, m.index - 20), m.index))) continue;
      // "After curfew the bar runs a club night until 04:00": a clause of its own after "after curfew" times what follows it.
      if (afterCurfewClause(g.what!, g.gap!, prose.text.slice(Math.max(0, m.index - 20), m.index))) continue;
      // "Could we soundcheck at 16:00 instead of 16:30?": a request, not a time anyone has agreed.
      if (asksQuestion(prose.text, m.index, m.index + m[0].length)) continue;
      // "we might push doors to 18:45 if …": a change someone may make is not the time.
      if (hedged(prose.text, m.index)) continue;
      // "Public gates open at 10:00 – these times are for ticket holders only and do not apply to artists": the audience's times, not the act's.
      if (NOT_FOR_ARTISTS.test(sentenceAfter(prose.text, m.index + m[0].length, 240))) continue;
      // "Soundcheck at 10:00 is not possible, we gave you 11:00": a time refused right after it is no item's.
      if (NOT_POSSIBLE_AFTER.test(prose.text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
      if (REFUSED_GAP.test(g.gap!)) continue;
      // "the driver is not available for any runs between 07:00 and 16:30": when the item cannot happen. Only a
      // range's: "… not available until the afternoon, so load-in is at 15:00" keeps its item.
      if (BLACKOUT_RANGE.test(g.gap!) && UNAVAILABLE.test(`${sentenceBefore(prose.text, m.index, 160)} ${g.what!}${g.gap!}`)) continue;
      // "bar open from doors until 01:00": the time ends something else; the item's own time is not written.
      // After a verb of moving ("flytta insläppet till 19.30") "till"/"bis" gives the new time.
      if (UNTIL_GAP.test(g.gap!) && !MOVED_BEFORE.test(prose.text.slice(Math.max(0, m.index - 30), m.index))) continue;
      // "Support: X / Ticket prices: EUR 22.00": a figure after a currency is a price, not the slot's time.
      if (besideCurrency(prose.text.slice(0, m.index + m[0].length - g.time!.length), prose.text.slice(m.index + m[0].length))) continue;
      // "Load-in door height: 4.10 m": a dotted figure before a unit is a measure.
      if (/^\d{1,2}\.\d{2}$/.test(g.time!) && measureAfter(prose.text.slice(m.index + m[0].length))) continue;
      // "the other show is Sun 17.10.": a dotted figure closed by a dot after a weekday's name is that day's date, no time.
      if (/^\d{1,2}\.\d{2}$/.test(g.time!) && /^\.(?!\d)/.test(prose.text.slice(m.index + m[0].length)) && afterWeekday(prose.text.slice(0, m.index + m[0].length - g.time!.length))) continue;
      // "we're on the 16:40 flight home": a time naming a flight, train or bus is the journey's, no item's;
      // after a ride's own word ("Pick-up 10:00 bus from the hotel") the vehicle is the ride's.
      if (JOURNEY_AFTER.test(prose.text.slice(m.index + m[0].length)) && activityKind(g.what!) !== 'transfer') continue;
      // "on the day of the show at 18:30": the show names the day (clauseItem's DAY_OF_SHOW).
      if (DAY_OF_BEFORE.test(prose.text.slice(Math.max(0, m.index - 24), m.index))) continue;
      // "Pick-up: car 2 Mani (driver)": a bare "mani" is o'clock only in Tamil or Tanglish text, never a name.
      const mani = /\d\s*(mani)(?!\p{L})/iu.exec(g.time!);
      if (mani && !maniIsClock(prose.text, mani[1]!, prose.text.slice(m.index + m[0].length))) continue;
      const denied = DENIED_AFTER.exec(prose.text.slice(m.index + m[0].length, m.index + m[0].length + 20));
      const restAt = m.index + m[0].length + (denied?.[0].length ?? 0);
      const rest = denied ? /^[^.!?\n]*/.exec(prose.text.slice(restAt, restAt + 120))![0] : '';
      const moved = timesIn(denied ? rest : g.time!);
      if (!moved) continue;
      // "your set has moved from 18:30 to 19:00": the new time, not a range.
      // The verb may stand before the item too: "we're pushing your soundcheck from 16:00 to 17:15".
      const movedFrom = /\bfrom\s*$/i.test(g.gap!) && MOVE_VERB.test(`${sentenceBefore(prose.text, m.index, 60, true)} ${g.gap!}`);
      const times = moved.end && movedFrom ? { start: moved.end } : moved;
      const what = g.what!;
      // "Beginn Lumenwald 21:00", "abre Los Minutos 21:15": the act is named between the word and the time.
      // "our support Mara Lind play at 20:45": a support slot named by its act the same way.
      const named = ACT_AFTER.test(what) || /^support$/i.test(what) ? LEADING_ACT.exec(g.gap!)?.[1] : undefined;
      // "les balances de Lou passent à 17h15": that act's own check, named after it so that sameCheck tells it from the band's.
      const checkOf = activityKind(what) === 'soundcheck' ? CHECK_OF_ACT.exec(g.gap!)?.[1] : undefined;
      if (/^abre$/i.test(what) && !named) continue;
      if (OWN_SET.test(what) && !OWN_SET_GAP.test(g.gap!)) continue;
      // "Mara Lind asked to play longer, so she now plays 20:45-21:25": the act named before the pronoun.
      const pronoun = /^(?:she|he|they)\b/i.test(what);
      const referent = pronoun ? [...prose.text.slice(Math.max(0, m.index - 120), m.index).matchAll(/\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+/gu)].pop()?.[0] : undefined;
      if (pronoun && !referent) continue;
      const isSupport = /^(support|abre)/i.test(what);
      // "10 + 4 (support), names by 17:00": a bracketed "(support)" qualifies what precedes it, not a slot.
      if (isSupport && /\(\s*$/.test(prose.text.slice(Math.max(0, m.index - 3), m.index))) continue;
      // "Ana on stage 9.30pm": the act is the word before.
      // Hausa "Kabiru zai hau stage" likewise (schedule-hausa-stage.ts).
      const hausaStage = isHausaOnStage(what);
      const who = /^on stage$/i.test(what) || hausaStage ? /(\p{Lu}[\p{L}'’-]+)\s+$/u.exec(prose.text.slice(Math.max(0, m.index - 30), m.index))?.[1] : undefined;
      const isOwnSet = (/\bon\b/i.test(what) || OWN_SET.test(what) || /^(?:your|our)\b/i.test(what)) && !who;
      const kind: ActivityKind = isSupport || isOwnSet || g.act || who || referent ? 'set' : activityKind(what) ?? 'other';
      const base = prose.offset + m.index;
      const timeOffset = denied ? prose.offset + restAt : base + m[0].length - g.time!.length;
      const act = named ?? referent ?? (g.act && looksLikeActName(g.act.replace(/\s+/g, ' ')) ? g.act.replace(/\s+/g, ' ') : null);
      const name = act ?? (checkOf ? `${capitalise(what)} ${checkOf}` : who ? `${who} ${hausaStage ? 'on stage' : what}` : isSupport && g.support ? `${g.support} (support)` : isOwnSet ? 'Show' : capitalise(what.replace(/^(doors) open$/i, '$1').replace(/^(vrata) (?:se )?otvara\w*$/i, '$1')));
      const item: ScheduleItem = {
        name: found(name, evidenceAt(source, [base, base + what.length], 'pattern')),
        kind: found(kind, evidenceAt(source, [base, base + what.length], 'pattern')),
        start: at(source, timeOffset + times.start.index, times.start.length, times.start.value, 'pattern'),
      };
      if (times.end) item.end = at(source, timeOffset + times.end.index, times.end.length, times.end.value, 'pattern');
      // "go on at 21:15 and play till 22:30": the set's end after a verb of playing (schedule-play-until.ts).
      const until = kind === 'set' && !times.end ? playedUntil(prose.text.slice(m.index + m[0].length, m.index + m[0].length + 60)) : undefined;
      if (until) item.end = at(source, prose.offset + m.index + m[0].length + until.index, until.length, until.value, 'pattern');
      if (isOwnSet) item.ownSet = true;
      if (named || referent || checkOf) item.act = true;
      if (isSupport && named) item.support = true;
      const afterAt = m.index + m[0].length;
      const after = prose.text.slice(afterAt, afterAt + 60);
      const route = /^\s*(?:from|at|von|ab|från|desde|depuis)\s+(?:the\s+)?(.+?)\s+(?:to|and take you (?:straight )?to|nach|till|a|à|hasta|naar)\s+(?:the\s+)?(.+?)(?=[,.;]\s|[,.;]?$|\s{3})/i.exec(prose.text.slice(afterAt, afterAt + 120));
      if (route && kind === 'transfer') {
        const r0 = prose.offset + afterAt + route[0].indexOf(route[1]!);
        const r1 = prose.offset + afterAt + route[0].lastIndexOf(route[2]!);
        item.location = found(route[1]!, evidenceAt(source, [r0, r0 + route[1]!.length], 'pattern'));
        item.destination = found(route[2]!, evidenceAt(source, [r1, r1 + route[2]!.length], 'pattern'));
      }
      // "for a set of 75 min", "for a headline set of approximately 75 minutes".
      const length = /^\s*(?:(?:(?:for|per)(?:\s+an?(?:\s+[a-z-]+)?\s+(?:set|show|performance|concert)\s+of)?(?:\s+(?:approximately|approx\.?|about|around|roughly|some|ca\.?))?|,(?:\s*(?:spielzeit|spieldauer|playing time|set length|duración|speltid))?)\s+|\(\s*(?:still\s+|now\s+|noch\s+)?)(?:[a-z-]+(?:\s+[a-z]+)?\s+\()?(\d{2,3}\s*min(?:utes)?|\d(?:[.,]\d)?\s*h(?:ours?)?|(?:an?|one)\s+hour\b(?!\s+and\b))/i.exec(after);
      const minutes = length ? normaliseDuration(length[1]!) : null;
      if (minutes) {
        const o = prose.offset + afterAt + after.indexOf(length![1]!);
        item.lengthMinutes = found(minutes, evidenceAt(source, [o, o + length![1]!.length], 'pattern', true));
      }
      const hausaLength = kind === 'set' && !minutes ? hausaSetMinutes(after) : null;
      if (hausaLength) {
        const o = prose.offset + afterAt + hausaLength.index;
        item.lengthMinutes = found(hausaLength.minutes, evidenceAt(source, [o, o + hausaLength.length], 'pattern', true));
      }
      if (message.depth) item.depth = message.depth;
      items.push(item);
    }
    // A slot the sentence reading took already ("our support X play at 7.30") is not read twice.
    const taken = new Set(items.map((i) => i.start.span?.[0]));
    const more = [...actSlots(source, prose), ...billedSupportSlots(source, prose), ...settlementSlots(source, prose), ...bareHourDoors(source, prose), ...pickupItems(source, prose, message.date ?? r.referenceDate), ...tagalogRideItems(source, prose, message.date ?? r.referenceDate), ...tanglishRideItems(source, prose, message.date ?? r.referenceDate), ...hausaRideItems(source, prose, message.date ?? r.referenceDate)];
    for (const item of more.filter((i) => !taken.has(i.start.span?.[0]))) {
      if (message.depth) item.depth = message.depth;
      items.push(item);
    }
  }
  return items;
}

/**
 * Prose that writes "from 4pm" and then "soundcheck at 5.30" means the afternoon: an hour of one
 * digit without am/pm, written after an afternoon time of the same message, is read twelve hours
 * later when that keeps the day in order. Only soundcheck, doors and sets, which are not held in
 * the morning; within one day only (a multi-day plan's next day has mornings).
 */
function eveningTimes(source: ExtractedSource, items: ScheduleItem[]): void {
  let last: ScheduleItem | undefined;
  const inText = items.filter((i) => i.start.span).sort((a, b) => a.start.span![0] - b.start.span![0]);
  // A plan on the 12-hour clock ("Doors 8pm", then "Support 8:45–9:15") holds other evening items too.
  const twelveHour = TWELVE_HOUR.test(source.text);
  for (const item of inText) {
    const evening = twelveLater(item.start.value);
    const showTime = ['soundcheck', 'doors', 'set'].includes(item.kind.value) || (twelveHour && item.kind.value === 'other');
    // "Curfew 10:30" after an evening set: a curfew is never in the morning, so a bare 10 or 11 shifts too.
    const bare = bareHour(source, item.start) || (item.kind.value === 'curfew' && bareLateHour(source, item.start));
    // "can you check at 4.30pm and they'll line check at 6.30": the afternoon time may be written earlier on the line, no item of its own.
    const before = last && last.depth === item.depth && last.date?.value === item.date?.value && last.start.value >= '12:00' ? last.start.value : afternoonBefore(source, item.start);
    if (before && bare && item.start.value < '12:00' && (showTime || item.kind.value === 'curfew') && evening >= before) {
      item.start = { ...item.start, value: evening, method: 'inferred' };
      // "Soundcheck 4:30–5:30": the range's end is in the same half of the day; "8:30 – 10:00" too, as it cannot end before it starts.
      if (item.end && (bareHour(source, item.end) || bareLateHour(source, item.end)) && item.end.value < evening && twelveLater(item.end.value) >= evening) {
        item.end = { ...item.end, value: twelveLater(item.end.value), method: 'inferred' };
      }
    }
    last = item;
  }
}
const TWELVE_HOUR = /\d\s?[ap]\.?m\b/i;
const PM_TIME = /(?<![\d:.])(1[0-2]|[1-9])(?:[:.][0-5]\d)?\s?p\.?m\b/gi;

/** The last afternoon time written with "pm" on the line before `f`, on the 24-hour clock ("4.30pm" → "16:30"). */
function afternoonBefore(source: ExtractedSource, f: Found<string>): string | undefined {
  if (!f.span) return undefined;
  const line = source.text.slice(source.text.lastIndexOf('\n', f.span[0] - 1) + 1, f.span[0]);
  const m = [...line.matchAll(PM_TIME)].at(-1);
  return (m && m[1] !== '12' && normaliseTime(m[0])) || undefined;
}

/** "5:30", a range's bare "4" or "11": a time written with a one-digit hour or an hour alone and no am/pm, which may be either half of the day. */
export function bareHour(source: ExtractedSource, f: Found<string>): boolean {
  return !!f.span && /^(?:\d[:.h]\d{2}|1[0-2]|\d)$/.test(source.text.slice(f.span[0], f.span[1]).trim());
}

/** "10:30", "11:00": a late-morning hour without am/pm, which a curfew writes for the night. */
function bareLateHour(source: ExtractedSource, f: Found<string>): boolean {
  return !!f.span && /^1[01][:.h]\d{2}$/.test(source.text.slice(f.span[0], f.span[1]).trim());
}

/** The same time twelve hours later ("07:30" → "19:30"). */
export function twelveLater(value: string): string {
  return `${String(Number(value.slice(0, 2)) + 12)}${value.slice(2)}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The set's length from its start and end, when both are written. */
export function lengthFromRange(item: ScheduleItem): number | null {
  return item.end ? minutesBetween(item.start.value, item.end.value) || null : null;
}
