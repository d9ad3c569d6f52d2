import { Parser } from 'htmlparser2';

/**
 * A streaming walk over an OpenDocument XML part (`content.xml`, `styles.xml`), so a large
 * spreadsheet is never held as a tree. Elements that carry no text of the document are skipped
 * with everything inside them: comments (`office:annotation`), tracked deletions, a footnote's
 * number, embedded binaries, the alternative text of pictures, form controls. Spacing elements
 * arrive as text: `text:s` as its count of spaces, `text:tab` as a tab; `text:line-break` is
 * passed on as an element, for the reader to break its line.
 */

export interface OdfHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(data: string): void;
}

const SKIPPED = new Set([
  'office:annotation', 'text:tracked-changes', 'text:note-citation', 'office:binary-data',
  'svg:title', 'svg:desc', 'office:forms',
]);

/** More spaces than this from one `text:s` say nothing more. */
const MAX_SPACES = 100;

export function walkOdf(xml: Buffer, handlers: OdfHandlers): void {
  let skipping = 0;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (skipping || SKIPPED.has(name)) {
        skipping++;
        return;
      }
      if (name === 'text:s') handlers.text(' '.repeat(Math.min(MAX_SPACES, Math.max(1, Number(attributes['text:c']) || 1))));
      else if (name === 'text:tab') handlers.text('\t');
      else handlers.open(name, attributes);
    },
    onclosetag(name) {
      if (skipping) skipping--;
      else if (name !== 'text:s' && name !== 'text:tab') handlers.close(name);
    },
    ontext(data) {
      if (!skipping) handlers.text(data);
    },
  }, { xmlMode: true });
  parser.end(xml.toString('utf8'));
}
