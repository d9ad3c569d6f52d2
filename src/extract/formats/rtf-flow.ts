/**
 * One text flow of an RTF document (the body, a page header or footer, a footnote) written as plain
 * HTML for the HTML reader, the way the DOCX and ODT readers hand over theirs: paragraphs as `<p>`,
 * line breaks as `<br>`, and table rows as `<tr>` of `<td>` cells. RTF has no table element: a
 * paragraph marked `\intbl` belongs to the cell `\cell` ends, and `\row` ends the row; the table
 * ends at the first paragraph outside one. A nested table's cells are paragraphs of their outer
 * cell, as the HTML reader would flow a nested (layout) table anyway.
 */
export class RtfFlow {
  private readonly blocks: string[] = [];
  private paragraph = '';
  private cellParagraphs: string[] = [];
  private rowCells: string[] = [];
  private tableRows: string[] = [];

  text(text: string): void {
    this.paragraph += escapeHtml(text);
  }

  lineBreak(): void {
    this.paragraph += '<br>';
  }

  /** `\par`: in a table the paragraph is one of its cell's; outside, it closes any table before it. */
  endParagraph(inTable: boolean): void {
    if (inTable || this.rowCells.length > 0) {
      this.cellParagraphs.push(this.paragraph);
    } else {
      this.endTable();
      this.blocks.push(`<p>${this.paragraph}</p>`);
    }
    this.paragraph = '';
  }

  endCell(): void {
    this.cellParagraphs.push(this.paragraph);
    this.paragraph = '';
    this.rowCells.push(`<td>${this.cellParagraphs.map((p) => `<p>${p}</p>`).join('')}</td>`);
    this.cellParagraphs = [];
  }

  /** `\row`; text typed after the last `\cell` (a file not written by Word) is a cell of its own. */
  endRow(): void {
    if (this.paragraph.trim() || this.cellParagraphs.length > 0) this.endCell();
    if (this.rowCells.length > 0) this.tableRows.push(`<tr>${this.rowCells.join('')}</tr>`);
    this.rowCells = [];
  }

  html(): string {
    if (this.rowCells.length > 0 || this.cellParagraphs.length > 0) this.endRow();
    this.endTable();
    if (this.paragraph.trim()) this.blocks.push(`<p>${this.paragraph}</p>`);
    this.paragraph = '';
    return this.blocks.join('');
  }

  private endTable(): void {
    if (this.tableRows.length > 0) this.blocks.push(`<table>${this.tableRows.join('')}</table>`);
    this.tableRows = [];
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
