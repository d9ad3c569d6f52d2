/**
 * A mail tells a meal in one sentence and its table in the next: "Dinner at 19:00 at Bistro X, Main St 5.
 * Table booked under the festival's name for 8 people, set menu with drinks." The next sentence names no
 * meal, so it is read as the meal's own: its head count is the meal's, and what it adds after the count
 * (the menu, the drinks) is the meal's remark.
 */
import { peopleCounts, type Hit } from './travel/phrases.js';

/** A sentence that books a table: "Table booked/reserved …", "Tavolo prenotato …", "Tisch reserviert …", "Table réservée …", "Mesa reservada …". */
const TABLE_BOOKED = /^\s*(?:(?:the|a|our|un|il|le|la|der|ein|el|una?)\s+)?(?:table|tavolo|tisch|mesa|tafel|bord)\s+(?:is\s+|è\s+|ist\s+|est\s+|está\s+|staat\s+|är\s+)?(?:booked|reserved|prenotato|riservato|reserviert|gebucht|r[ée]serv[ée]e?|reservad[ao]|gereserveerd|bokat|bokad|booket)\b/iu;
/** The remark after the count: ", set menu with drinks included" up to the sentence's end. */
const REMARK_AFTER = /^\s*,\s*([^,.;!?\n]{6,80}?)\s*[.!]?\s*$/u;

export interface TableSentence {
  count: Hit<number>;
  remark?: Hit<string>;
}

/** The head count (and remark) of `sentence` when it books a table and names no meal or time of its own; offsets are the sentence's. */
export function bookedTable(sentence: string, namesMealOrTime: boolean): TableSentence | undefined {
  if (namesMealOrTime || !TABLE_BOOKED.test(sentence)) return undefined;
  const count = peopleCounts(sentence)[0];
  if (!count) return undefined;
  const after = count.index + count.length;
  const m = REMARK_AFTER.exec(sentence.slice(after));
  const remark = m ? { value: m[1]!, index: after + m.index + m[0].indexOf(m[1]!), length: m[1]!.length } : undefined;
  return remark ? { count, remark } : { count };
}
