/**
 * A whole tour's date sheet — a budget projection, a routing plan, a settlement overview — is one
 * act's table of many shows: a row per date, each at another venue. It is nobody's advance: its
 * guarantees, "typical day" times and the budget contact belong to no single show. Such a source
 * gives no show data when a table of at least four dated rows at three or more venues is in it and
 * nothing singles out one of those venues: each is named only in its own row(s), and in none of the
 * import's other documents (a tour book listing the run beside its own show's day, or a routing sent
 * with a mail about one of its nights, is read as usual).
 */
import type { ExtractedSource } from '../../interfaces.js';
import { findDates } from '../normalise/index.js';
import { labelKey } from '../text/index.js';
import { keyedTable, mentions, tablesIn } from './show-roster.js';

interface Routing {
  venues: string[];
  rows: string[][];
}

/** A venue and a date column, over ≥4 dated rows on ≥4 days at ≥3 venues. */
function routingOf(rows: string[][]): Routing | null {
  const ref = new Date(Date.UTC(2000, 0, 1));
  const table = keyedTable(rows, 'venue', (header) => header.some((c) => labelKey(c) === 'date'),
    (row, col) => row.some((c, i) => i !== col && findDates(c, ref).length > 0));
  return table && table.rows.length >= 4 && table.names.length >= 3 && table.days.size >= 4 ? { venues: table.names, rows: table.rows } : null;
}

/** True when the source carries a many-show date table of one run and names none of its venues on its own. */
export function isTourRouting(source: ExtractedSource, sources: ExtractedSource[]): boolean {
  const others = sources.filter((s) => s !== source).map((s) => s.text).join('\n');
  return tablesIn(source).some((rows) => {
    const routing = routingOf(rows);
    if (!routing) return false;
    const rowsWith = (venue: string) => routing.rows.filter((r) => r.some((c) => mentions(c, venue))).length;
    return routing.venues.every((v) => mentions(source.text, v) <= rowsWith(v) && !mentions(others, v));
  });
}
