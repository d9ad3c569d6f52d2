/**
 * A rail operator's printed ticket sets the journey out in columns, not as an itinerary's service
 * line: the day in the journey's heading, a row of the departure and arrival times, a row of the two
 * stations under them, then the train under a label of its own ("Treno / Train: X 9527", "Zug: ICE
 * 578") and the coach and seats ("Carrozza / Coach: 7 · Posti / Seats: 14A, 14B"). The train is one
 * transfer of the party; fares, the booking code and the buyer are not kept.
 */
import type { Activity, ExtractedSource } from '../../../interfaces.js';
import type { Draft } from '../../found.js';
import { findTimes, normaliseText } from '../../normalise/index.js';
import { read, type Line } from '../../text/index.js';
import { looseDates } from './phrases.js';
import { readerFor } from './reader.js';

/** A train in the supported languages. */
const TRAIN_WORD = /(?<![\p{L}])(?:train|tren|tog|zug|t[åa]g|treno|trein|comboio|juna|poci[ąa]g|vlak)(?![\p{L}])/iu;
/** "Treno / Train: Lumina AV 9527": a label naming the train, then the service ending in its number. */
const TRAIN_LABEL = /^[ \t]*([^:\t\n]{1,40}):[ \t]*(\p{L}[\p{L}.&'’ -]*?[ \t]\d{1,5})(?![\d:.])/u;
/** A coach (car) cell, its label perhaps bilingual ("Carrozza / Coach: 7 · Posti / Seats: 14A"). */
const COACH_CELL = /^(?:coche|vag[óo]n|vogn|vagn|wagen|coach|car|voiture|carrozza|rijtuig|carruagem|carriage|vaunu|wagon)(?:[ \t]*\/[ \t]*\p{L}+)?[ \t]*:?[ \t]*\d/iu;
/** How far above the train's label the day, times and stations may be printed. */
const LOOK_BACK = 6;

/** A row of two cells naming places: capitalised words, no figures. */
function stationCells(line: Line): { value: string; index: number }[] | null {
  const cells = line.text.split('\t').map((c, i, all) => ({ raw: c, index: all.slice(0, i).join('\t').length + (i ? 1 : 0) })).filter((c) => c.raw.trim());
  if (cells.length !== 2 || cells.some((c) => /\d|:/.test(c.raw) || !/^\p{Lu}/u.test(c.raw.trim()))) return null;
  return cells.map((c) => ({ value: normaliseText(c.raw) ?? c.raw.trim(), index: line.start + c.index + c.raw.indexOf(c.raw.trim()) }));
}

export function ticketLegs(source: ExtractedSource): Draft<Activity>[] {
  const r = readerFor(source, 'pattern');
  const lines = read(source).lines;
  const out: Draft<Activity>[] = [];
  lines.forEach((line, i) => {
    const m = TRAIN_LABEL.exec(line.text);
    if (!m || !TRAIN_WORD.test(m[1]!)) return;
    const above = lines.slice(Math.max(0, i - LOOK_BACK), i);
    const timeRow = above.findLastIndex((l) => findTimes(l.text).length === 2 && !looseDates(l.text, null).length);
    if (timeRow < 0) return;
    const times = findTimes(above[timeRow]!.text);
    const stations = above.slice(timeRow + 1).map(stationCells).find((s) => s) ?? (timeRow > 0 ? stationCells(above[timeRow - 1]!) : null);
    const dayRow = above.slice(0, timeRow).findLast((l) => looseDates(l.text, null).length);
    if (!stations || !dayRow) return;
    const date = looseDates(dayRow.text, null)[0]!;
    const t = above[timeRow]!;
    const name = m[2]!.trim();
    const nameAt = line.start + m.index + m[0].lastIndexOf(name);
    const d: Draft<Activity> = {
      name: r.at(name, [nameAt, nameAt + name.length], null, 'pattern'),
      kind: r.at('transfer', null, null, 'inferred'),
      date: r.at(date.value, [dayRow.start + date.index, dayRow.start + date.index + date.length], true, 'pattern'),
      startTime: r.at(times[0]!.value, [t.start + times[0]!.index, t.start + times[0]!.index + times[0]!.length], true, 'pattern'),
      endTime: r.at(times[1]!.value, [t.start + times[1]!.index, t.start + times[1]!.index + times[1]!.length], true, 'pattern'),
      location: r.at(stations[0]!.value, [stations[0]!.index, stations[0]!.index + stations[0]!.value.length], null, 'pattern'),
      destination: r.at(stations[1]!.value, [stations[1]!.index, stations[1]!.index + stations[1]!.value.length], null, 'pattern'),
    };
    // The coach and seats: a cell of the next lines (the train's own line included).
    for (const next of lines.slice(i, i + 3)) {
      let offset = 0;
      const cell = next.text.split('\t').map((c) => { const at = next.text.indexOf(c, offset); offset = at + c.length; return { c: c.trim(), at: at + c.indexOf(c.trim()) }; }).find((x) => COACH_CELL.test(x.c));
      if (cell) { d.notes = r.at(cell.c, [next.start + cell.at, next.start + cell.at + cell.c.length], null, 'pattern'); break; }
    }
    out.push(d);
  });
  return out;
}
