/**
 * An agency's itinerary table heads its flight rows with one line of column names ("Date  Flight
 * From  Dep  To  Arr  Dur  Cabin  Airline ref  Status"). A PDF's text may run the cells of a row
 * together, so a row's values are read by their shape, but only for the columns the header names:
 *
 *   reference  a "ref"/"PNR"/"locator"/"Conf #" column (Lao "ລະຫັດຈອງ"): the row's six-character record locator ("J6WQ4D"; when
 *              the column is the header's last, also six capitals alone in the row's last cell);
 *   duration   a "Dur"/"Duration"/"Flight time" column: the row's "2h20" (hours, then two-digit minutes; or "1 Std. 05 Min."),
 *              a shape that outside such a column is as often a French clock time.
 */
import { airportCodesForCity } from '../../../reference/index.js';
import type { Hit } from './phrases.js';
import { isBlankedRow } from '../show-scope.js';

export interface ItineraryColumns {
  reference: boolean;
  /** Whether the reference column is the header's last. */
  referenceLast: boolean;
  duration: boolean;
  /** The reference column's place among a tabbed header's cells ("Date ⇥ Vol ⇥ … ⇥ Réf. résa"), else null. */
  referenceCell: number | null;
}

/** A header names its columns: words and no digits, with a flight or route word among them (Azerbaijani "Reys", "Marşrut", Lao "ຖ້ຽວບິນ"). */
const HEADER_WORD = /(?<![\p{L}])(?:flight|flug|flyg|vuelo|vol|vlucht|volo|voo|from|to|dep|arr|route|strecke|ruta|trecho|d[ée]part|arriv[ée]e|abflug|ankunft|salida|llegada|reys|mar[şs]rut|ຖ້ຽວບິນ|ທ່ຽວບິນ)(?![\p{L}])/iu;
const REFERENCE_COLUMN = /(?<![\p{L}])(?:(?:airline|booking|carrier)[ \t]+ref(?:erence)?\.?|conf(?:irmation)?\.?[ \t]*(?:#|no\.?(?![\p{L}])|nr\.?(?![\p{L}])|number|code)|pnr|(?:record[ \t]+)?locator|localizador|buchungscode|bokningskod|r[ée]f\.?[ \t]+r[ée]s(?:a|ervation)|r[ée]f[ée]rence[ \t]+(?:de[ \t]+)?r[ée]servation|bron[ \t]+(?:kodu|n[öo]mr[əe]si)|ລະຫັດ[ \t]*ຈອງ)(?![\p{L}])/iu;
const DURATION_COLUMN = /\b(?:dur\.?|duration|flight[ \t]+time|dur[ée]e|dauer|flugzeit|duraci[óo]n|durata|duur|varighed|restid|flygtid)(?![\p{L}])/iu;

/** The columns named by the header line above the row at `rowStart` (at most eight lines up, no blank line between). */
export function itineraryColumnsAbove(text: string, rowStart: number): ItineraryColumns | null {
  let end = rowStart - 1;
  for (let k = 0; k < 8 && end > 0;) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    // A row of another show blanked out of a tour book (sections/show-scope.ts) is spaces, not a gap.
    if (isBlankedRow(line)) {
      end = start - 1;
      continue;
    }
    if (!line.trim()) return null;
    k++;
    if (!/\d/.test(line) && HEADER_WORD.test(line)) {
      const reference = REFERENCE_COLUMN.exec(line);
      const referenceLast = !!reference && !line.slice(reference.index + reference[0].length).trim();
      const cells = line.split('\t');
      const referenceCell = reference && cells.length > 2 ? cells.findIndex((c) => REFERENCE_COLUMN.test(c)) : -1;
      return { reference: !!reference, referenceLast, duration: DURATION_COLUMN.test(line), referenceCell: referenceCell >= 0 ? referenceCell : null };
    }
    end = start - 1;
  }
  return null;
}

/** A record locator: six capitals and digits, both kinds among them ("J6WQ4D", "7HBN3X"). */
const LOCATOR = /(?<![\p{L}\d/-])(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{6}(?![\p{L}\d/-])/gu;

/** Six capitals alone in the row's last cell: a locator without a digit ("HQWZRT"), which elsewhere may be a word. */
const LAST_CELL_LOCATOR = /(?:\t|[ ]{2,}|\s\|\s)([A-Z]{6})[ \t]*$/;
/** A booking's or flight's status written in capitals, six letters like a locator. */
const STATUS_WORD = /^(?:ISSUED|ACTIVE|BOOKED|CLOSED|ONTIME|CHANGE|VOIDED)$/;

/**
 * The record locator written in a row, when exactly one is. Six capitals without a digit count only
 * in the row's last cell under a header whose last column is the reference (`lastCell`), and not
 * when they are a status or a city ("ISSUED", "LONDON").
 */
export function rowLocator(row: string, rowStart: number, lastCell = false): Hit<string> | undefined {
  const found = [...row.matchAll(LOCATOR)];
  if (found.length === 1) return { value: found[0]![0], index: rowStart + found[0]!.index, length: 6 };
  const last = found.length || !lastCell ? null : LAST_CELL_LOCATOR.exec(row);
  if (!last || STATUS_WORD.test(last[1]!) || airportCodesForCity(last[1]!).length) return undefined;
  return { value: last[1]!, index: rowStart + last.index + last[0].indexOf(last[1]!), length: 6 };
}

/** A locator cell: five to eight capitals and digits ("7QZK2M", an easyJet "J8WR3TX"), a digit among them. */
const LOCATOR_CELL = /^(?=[A-Z]*\d)[A-Z0-9]{5,8}$/;

/** The locator in the row's cell under a tabbed header's reference column, when the row is tabbed the same way. */
export function cellLocator(row: string, rowStart: number, cell: number): Hit<string> | undefined {
  const cells = row.split('\t');
  const value = cells[cell]?.trim();
  if (!value || !LOCATOR_CELL.test(value)) return undefined;
  const at = cells.slice(0, cell).reduce((n, c) => n + c.length + 1, 0) + cells[cell]!.indexOf(value);
  return { value, index: rowStart + at, length: value.length };
}

const HOURS_MINUTES = /(?<![\d:.])(\d{1,2})h([0-5]\d)(?![\d\p{L}])/gu;

/** The same in words: "1 Std. 05 Min.", "2 hrs 20 min". */
const WORDED_HOURS_MINUTES = /(?<![\d:.])(\d{1,2})[ \t]*(?:std|hrs?|hours?|stunden?)\.?[ \t]*([0-5]?\d)[ \t]*(?:min|mins|minuten|minutes)(?![\p{L}])\.?/giu;

/** The "2h20" duration written in a row, when exactly one is. */
export function rowDuration(row: string, rowStart: number): Hit<number> | undefined {
  const found = [...row.matchAll(HOURS_MINUTES), ...row.matchAll(WORDED_HOURS_MINUTES)];
  if (found.length !== 1) return undefined;
  const m = found[0]!;
  return { value: Number(m[1]) * 60 + Number(m[2]), index: rowStart + m.index, length: m[0].length };
}
