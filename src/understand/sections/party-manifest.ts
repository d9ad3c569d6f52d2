/**
 * A touring party's manifest — the list a visa or work-permit letter, a rooming form or an airline's
 * group booking carries, one traveller a row with nationality, date of birth and passport number —
 * lists who travels, not whom to call: its numbers are passports, not phones. Its rows are the lines
 * from a tabbed header naming two of passport / date of birth / nationality (in the supported
 * languages) down to the first line that is no tabbed row.
 */
import type { Line } from '../text/index.js';

const MANIFEST_COLUMNS = [
  /(?<![\p{L}])(?:passport|passeport|reisepass|pasaporte|passaporto|paspoort|pass(?:nummer|nr))(?![\p{L}])/iu,
  /(?<![\p{L}])(?:date of birth|d\.?o\.?b\.?|birth ?date|born|date de naissance|geburtsdatum|geboren|fecha de nacimiento|data di nascita|geboortedatum|f[öo]delsedatum)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:nationality|citizenship|nationalit[ée]|staatsangeh[öo]rigkeit|nationalit[äa]t|nacionalidad|nazionalit[àa]|nationaliteit|medborgarskap)(?![\p{L}])/iu,
];

function isManifestHeader(line: Line): boolean {
  return line.text.includes('\t') && MANIFEST_COLUMNS.filter((re) => re.test(line.text)).length >= 2;
}

/** The indexes of the lines a manifest's header heads (the header's own wrapped lines included). */
export function manifestLines(lines: Line[]): Set<number> {
  const rows = new Set<number>();
  lines.forEach((line, i) => {
    if (!isManifestHeader(line)) return;
    for (let j = i; j < lines.length && lines[j]!.text.includes('\t'); j++) rows.add(j);
  });
  return rows;
}
