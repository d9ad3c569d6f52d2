/**
 * Clock times and lengths written in words, as a voice note's transcript or a chat writes them:
 * "às oito e meia", "à uma da manhã", "a las diez y cuarto", "at half past seven", "um halb neun",
 * "klockan sju på kvällen", "hora e um quarto", "an hour and a half", "anderthalb Stunden".
 * A clock time needs a word before it that says a time follows ("at", "às", "um", "kl"); an hour
 * without a part of the day is read in the afternoon or evening (the show day's hours), unless a
 * morning word (breakfast, check-out, flight) comes just before it.
 */
import { findNumberWords, fold } from './number-words.js';

export interface WordsMatch<T> { index: number; length: number; value: T }

/** Words after which a clock time follows, folded, as the last word(s) before the hour. */
const BEFORE_CLOCK = /(?:^|[^\p{L}])(?:at|from|until|till|by|around|as|às|à|a|das|pelas|pela|até|a las|a la|desde las|hasta las|sobre las|vers|dès|jusqu'à|alle|all'|dalle|fino alle|verso le|entro le|um|ab|bis|gegen|om|vanaf|tot|wordt|ipv|i\.p\.v\.|klockan|klokka|klokken|kl\.?|vid|ved|fra|från|til)\s+$/iu;
/**
 * An article that stands for "the hours" ("alle", "dalle", "entro le", "a las", "às"): the bare
 * number after it is an hour even where an unpunctuated transcript runs on ("dalle sei e dopo …"),
 * where the clause ends after it or a joining word goes on to the next ("poi", "e", "y", "then"); not
 * before a noun it counts ("alle due persone", "dalle tre band del festival").
 */
const HOUR_ARTICLE = /(?:^|[^\p{L}])(?:alle|dalle|fino alle|verso le|entro le|a las|desde las|hasta las|sobre las|às|das|pelas)\s+$/iu;
const CLAUSE_GOES_ON = /^\s*(?:$|[.,;:!?)\n–—-]|(?:poi|e|ed|y|o|ou|per|para|pra|circa|ma|mas|pero|com|con|che|quando|dove|se|then|and|so|quindi|allora|dopo|depois|después|luego|entonces|ok|okay|di|del|de|do|da)(?!\p{L}))/iu;

/** A fraction after the hour: "e meia", "y cuarto", "et demie", "e un quarto", "menos cuarto". */
const FRACTION_AFTER = /^\s+(?:(?:e|y|et|and)\s+(?:(?:um|un|a)\s+)?(meia|media|demie|mezza|mezzo|half|quarto|cuarto|quart|quarter)|(menos|moins|meno)\s+(?:(?:um|un|le|a)\s+)?(quarto|cuarto|quart))\b/iu;
/** A fraction before the hour: "half past eight", "quarter to nine", "halb neun", "kvart över åtta". */
const FRACTION_BEFORE = /(?<!\p{L})((?:half past|(?:a )?quarter past|(?:a )?quarter to|halb|half|halv|viertel nach|viertel vor|kwart over|kwart voor|kvart över|kvart over|kvart i|kvart på)\s+)$/iu;
/** "Uhr", "heures", "horas", "o'clock", "em ponto": words that make a number a clock time. */
const CLOCK_WORD = /^\s+(?:o'clock|uhr|heures?|horas?|ore|uur|h\b|em ponto|en punto|pile|précises|in punto|precies|prick|presis|sharp)/iu;
const MORNING = /^\s+(?:da manhã|da madrugada|de la mañana|de la madrugada|du matin|in the morning|am\b|a\.m\.|morgens|früh|di mattina|del mattino|'s ochtends|'s morgens|på morgonen|om morgenen)/iu;
const AFTERNOON = /^\s+(?:da tarde|de la tarde|de l'après-midi|du soir|in the afternoon|in the evening|pm\b|p\.m\.|nachmittags|abends|del pomeriggio|di sera|della sera|'s middags|'s avonds|på eftermiddagen|på kvällen|om ettermiddagen|om eftermiddagen|om kvelden|om aftenen)/iu;
/** "da noite", "at night": late evening, or after midnight for the small hours ("à uma da noite"). */
const NIGHT = /^\s+(?:da noite|de la noche|at night|in der nacht|nachts|di notte|'s nachts|på natten|om natten)/iu;
/** Words of a morning's business, just before an hour: it is not the evening's. */
export const MORNING_ITEM = /(?:breakfast|pequeno-almoço|café da manhã|desayuno|petit[- ]déjeuner|frühstück|frukost|frokost|colazione|ontbijt|check[- ]?out|utsjekk|utcheckning|flight|\bvoo\b|vuelo|\bvol\b|flug|flyg|fly|volo|vlucht|morning|manhã|mañana|matin|morgen|mattina)[^.!?\n]{0,40}$/iu;
/** After a bare hour, what may follow: a stop, a clause's comma, a joiner. */
const AFTER_BARE = /^(?:\s*[,.;:!?)\n]|\s*$|\s+(?:e|y|and|und|och|og|et|en|para|for|pour|für|för|per|voor)\b)/iu;
/** Noon and midnight, after a word of time: "até ao meio-dia", "at midnight", "bis Mitternacht". */
const NOON_MIDNIGHT = /(?<=(?:^|[^\p{L}])(?:at|until|till|by|before|ao|até|às|a|al|hasta|à|jusqu'à|bis|um|gegen|om|tot|til|fino a)\s+)(meio-dia|mediodía|midi|midday|noon|mittag|mezzogiorno|meia-noite|medianoche|minuit|midnight|mitternacht|mezzanotte|middernacht|midnatt)(?!\p{L})/giu;

/**
 * A schedule line's label just before the hour ("deuren: half negen", "Doors: half past eight"): a
 * line's short label of words and a colon says a time follows as "at" does, for an hour marked as
 * one ("uur", a fraction) or opening a range ("negen tot half tien"); a bare "Rooms: three" is a
 * count. Not a length's label ("Speelduur: twee uur" is two hours).
 */
const LABEL_BEFORE = /^[ \t]*(?:[-–•*·][ \t]*)?(\p{L}[^\d\n:]{1,38}):[ \t]*$/u;
const LENGTH_LABEL = /duur|length|dauer|durata|duraci[oó]n|dur[ée]e|l[äa]ngd|lengte|varighet|varighed|kesto/iu;
/** After a bare hour under a label, a range's joiner ("negen tot half tien", "nine to half past"). */
const RANGE_AFTER = /^\s*(?:[-–]|tot|to|until|till|bis|a|à|al|alle|fino alle|hasta|jusqu'à)\s+\p{L}/iu;

const pad = (n: number) => String(n).padStart(2, '0');

/** Clock times in words: "às oito e meia" → 20:30 (the match covers the time, not the word before it). */
export function findClockWords(text: string): WordsMatch<string>[] {
  const out: WordsMatch<string>[] = [];
  for (const m of text.matchAll(NOON_MIDNIGHT)) {
    out.push({ index: m.index!, length: m[0].length, value: /^(?:mei[ao]-?noite|medianoche|minuit|midnight|mitternacht|mezzanotte|middernacht|midnatt)$/iu.test(m[0]) ? '00:00' : '12:00' });
  }
  for (const n of findNumberWords(text)) {
    const hour = n.value;
    if (hour < 1 || hour > 24) continue;
    let start = n.index;
    let minutes = 0;
    const lead = FRACTION_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
    let h = hour;
    if (lead) {
      const f = lead[1]!.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim();
      // "half eight" after "at" is the British 8:30; "halb neun", "half negen", "halv ni" are 8:30 too.
      const britishHalf = f === 'half' && /\bat\s+$/i.test(text.slice(0, start - lead[1]!.length));
      if (f === 'half past' || britishHalf) minutes = 30;
      else if (/past|nach|over/.test(f)) minutes = 15;
      else if (/to|vor|voor|i$|pa$/.test(f)) { minutes = 45; h -= 1; } else { minutes = 30; h -= 1; }
      start -= lead[1]!.length;
    }
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const labelled = start - lineStart <= 50 ? LABEL_BEFORE.exec(text.slice(lineStart, start)) : null;
    if (labelled && LENGTH_LABEL.test(labelled[1]!)) continue;
    if (!labelled && !BEFORE_CLOCK.test(text.slice(Math.max(0, start - 20), start))) continue;
    let end = n.index + n.length;
    let marked = minutes > 0;
    const unit = CLOCK_WORD.exec(text.slice(end));
    if (unit) { end += unit[0].length; marked = true; }
    const after = FRACTION_AFTER.exec(text.slice(end));
    if (after && !lead) {
      const word = fold(after[1] ?? after[3]!);
      if (after[2]) { minutes = 45; h -= 1; } else minutes = /meia|media|demie|mezz|half/.test(word) ? 30 : 15;
      end += after[0].length;
      marked = true;
    } else if (!lead) {
      // "oito e vinte", "huit heures trente": minutes in words after the hour.
      const mins = /^\s*(?:(?:e|y|et|and)\s+)?/iu.exec(text.slice(end))!;
      const next = findNumberWords(text.slice(end + mins[0].length, end + mins[0].length + 40))[0];
      if (next && next.index === 0 && next.value < 60 && (marked || mins[0].trim()) && /^\s*(?:minutos?|minutes?|minuti|[,.;!?\n]|$)/iu.test(text.slice(end + mins[0].length + next.length))) {
        minutes = next.value;
        end += mins[0].length + next.length;
        marked = true;
      }
    }
    const ponto = CLOCK_WORD.exec(text.slice(end));
    if (ponto && !unit) { end += ponto[0].length; marked = true; }
    const night = NIGHT.exec(text.slice(end));
    const morning = MORNING.exec(text.slice(end)) ?? (night && hour < 6 ? night : null);
    const afternoon = AFTERNOON.exec(text.slice(end)) ?? (night && hour >= 6 ? night : null);
    if (morning) end += morning[0].length;
    else if (afternoon) end += afternoon[0].length;
    // "at one point", "às duas pessoas": a bare number is a time only where the clause ends after it.
    const hourArticle = !labelled && hour > 1 && HOUR_ARTICLE.test(text.slice(Math.max(0, start - 20), start)) && CLAUSE_GOES_ON.test(text.slice(end));
    if (!marked && !morning && !afternoon && !hourArticle && (hour === 1 || !(labelled ? RANGE_AFTER.test(text.slice(end)) : AFTER_BARE.test(text.slice(end))))) continue;
    if (h <= 0) h += 12;
    if (h < 12 && (afternoon || (!morning && !MORNING_ITEM.test(text.slice(Math.max(0, start - 60), start))))) h += 12;
    if (h === 12 && morning) h = 0;
    if (h === 24) h = 0;
    out.push({ index: start, length: end - start, value: `${pad(h)}:${pad(minutes)}` });
  }
  return out.sort((a, b) => a.index - b.index);
}

const HOUR_WORD = '(?:horas?|hours?|stunden?|heures?|timmar|timme|timer|time|ore|ora|uur)';
const FRACTION_WORDS = '(?:(?:e|y|et|and|und|och|og|en)\\s+(?:(?:um|un|une|a)\\s+)?(meia|media|demie|mezza|mezzo|half|halv|halb|quarto|cuarto|quart|quarter|kvart|kwart|viertel))';
/** "hora e um quarto", "uma hora e meia", "an hour and a half", "two hours", "anderthalb Stunden", "noventa minutos". */
const LENGTH = new RegExp(`(?<![\\p{L}])(?:(an?|one|uma|una|une|ein(?:e)?|en|ett|un|een|anderthalb|halvannen|halvanden|anderhalf|\\p{L}+(?:[ -]\\p{L}+){0,3})\\s+|(un['’]))?${HOUR_WORD}(?:\\s+${FRACTION_WORDS})?(?![\\p{L}])`, 'giu');
const MINUTES = /(?<![\p{L}])(\p{L}+(?:[ -]\p{L}+){0,3})\s+(?:minutos|minutes|minuten|minuter|minutter|minuti)(?![\p{L}])/giu;

/** Lengths in words, in minutes: "hora e um quarto" → 75. A bare "uma hora" ("we have an hour") is no stated length. */
export function findDurationWords(text: string): WordsMatch<number>[] {
  const out: WordsMatch<number>[] = [];
  for (const m of text.matchAll(LENGTH)) {
    // Italian elides the article before the hour: "un'ora e mezza".
    const lead = m[1] ?? (m[2] ? 'un' : undefined);
    let hours: number;
    let start = m.index!;
    if (!lead) hours = 1;
    else if (/^(?:anderthalb|halvannen|halvanden|anderhalf)$/iu.test(lead)) hours = 1.5;
    else if (/^(?:an?|one|uma|una|une|eine?|en|ett|un|een)$/iu.test(lead)) hours = 1;
    else {
      const n = findNumberWords(lead).at(-1);
      if (n && n.index + n.length === lead.length) { hours = n.value; start += n.index; } else {
        // Words before the hour that are no number ("…, hora e meia"): the length starts at the hour word.
        hours = 1;
        start = m.index! + m[0].length - m[0].slice(lead.length).trimStart().length;
      }
    }
    const fraction = m[3] ? (/meia|media|demie|mezz|half|halv|halb/iu.test(m[3]) ? 0.5 : 0.25) : 0;
    // A bare "an hour", "two hours" without a fraction: only a counted number of hours of two or more.
    if (!fraction && hours !== 1.5 && (hours < 2 || hours > 12)) continue;
    if (hours === 1.5 && fraction) continue;
    out.push({ index: start, length: m.index! + m[0].length - start, value: Math.round((hours + fraction) * 60) });
  }
  for (const m of text.matchAll(MINUTES)) {
    const n = findNumberWords(m[1]!).at(-1);
    if (!n || n.index + n.length !== m[1]!.length || n.value < 5) continue;
    out.push({ index: m.index! + n.index, length: m[0].length - n.index, value: n.value });
  }
  return out.sort((a, b) => a.index - b.index);
}
