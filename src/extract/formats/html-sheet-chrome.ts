/**
 * A spreadsheet saved as a web page (Google Sheets' "waffle" table) keeps the grid's own chrome as
 * cells: a first row of column letters ("", "A", "B", "C" …) and a first column of row numbers
 * ("1", "2", "3" …; empty on a freeze-bar row). They are no data: with them the table's header row
 * would read "3 | DATE | TIME …" and every line would open with a number. Both are dropped, and only
 * together: a numbered running order ("# | Act | Time", "1 | …") has no letter row and keeps its column.
 */

/** Column letters as a spreadsheet names them: A … Z, AA, AB … */
function columnLetters(count: number): string[] {
  const letters: string[] = [];
  for (let i = 0; i < count; i++) {
    let n = i;
    let name = '';
    do { name = String.fromCharCode(65 + (n % 26)) + name; n = Math.floor(n / 26) - 1; } while (n >= 0);
    letters.push(name);
  }
  return letters;
}

function isLetterRow(row: string[]): boolean {
  const named = row[0] === '' ? row.slice(1) : row;
  if (named.length < 2) return false;
  const expected = columnLetters(named.length);
  return named.every((cell, i) => cell.trim() === expected[i]);
}

/** The first cells below the letter row: rising whole numbers, or empty (a freeze bar). */
function isRowNumberColumn(rows: string[][]): boolean {
  let last = 0;
  let numbered = 0;
  for (const row of rows) {
    const first = (row[0] ?? '').trim();
    if (first === '') continue;
    if (!/^\d{1,6}$/.test(first) || Number(first) <= last) return false;
    last = Number(first);
    numbered++;
  }
  return numbered >= 2;
}

export function withoutSheetChrome(rows: string[][]): string[][] {
  if (rows.length < 3 || !isLetterRow(rows[0]!)) return rows;
  const body = rows.slice(1);
  if (!isRowNumberColumn(body)) return rows;
  return body.map((row) => row.slice(1));
}
