/**
 * A rider's schedule sent back by the promoter may keep the act's asks beside the answers: "Item ⇥
 * Asked by the band ⇥ Agreed time" over "Load-in ⇥ 16:00 ⇥ 15:30". Only the confirmed
 * column holds the day's times; the requested column's cells are blanked (with spaces, so offsets
 * hold) on the table's rows: the lines below the header with as many cells as it has. A cell's name
 * may wrap onto a line of its own above its row, and a blank line may stand between rows; the table
 * ends at an untabbed line that no row follows.
 */
const REQUESTED = /^(?:(?:as\s+)?(?:requested|asked|wanted)(?:\s+by\s+(?:the\s+)?(?:artist|band|act))?|(?:artist|band|rider)(?:'s)?\s+(?:request|ask|wish)(?:ed)?|rider)$/i;
const CONFIRMED = /^(?:confirmed|agreed|final)(?:\s+(?:local\s+)?time)?(?:\s*\(local\))?$/i;

export function blankRequestedColumn(text: string): string {
  if (!/\t/.test(text) || !/\b(?:requested|asked|wanted|request|rider)\b/i.test(text)) return text;
  const lines = text.split('\n');
  // Cells of the next non-blank line after each line, found in one backward pass.
  const nextCells: number[] = new Array(lines.length);
  for (let i = lines.length - 1, next = 1; i >= 0; i--) {
    nextCells[i] = next;
    if (lines[i]!.trim()) next = lines[i]!.split('\t').length;
  }
  let out = '';
  let column = -1;
  let width = 0;
  lines.forEach((line, i) => {
    const cells = line.split('\t');
    if (column >= 0) {
      const tabbed = cells.length === width;
      const nextTabbed = nextCells[i] === width;
      if (tabbed) {
        const at = cells.slice(0, column).reduce((n, c) => n + c.length + 1, 0);
        line = line.slice(0, at) + ' '.repeat(cells[column]!.length) + line.slice(at + cells[column]!.length);
      } else if (line.trim() && !nextTabbed) column = -1;
    }
    const headed = cells.map((c) => c.trim());
    const requested = headed.findIndex((c) => REQUESTED.test(c));
    if (cells.length >= 3 && requested >= 0 && headed.some((c) => CONFIRMED.test(c))) { column = requested; width = cells.length; }
    out += (i ? '\n' : '') + line;
  });
  return out;
}
