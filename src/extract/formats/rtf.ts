import iconv from 'iconv-lite';
import type { Draft } from '../draft.js';
import { htmlToText } from './html.js';
import { RtfFlow } from './rtf-flow.js';
import { rtfTokens } from './rtf-tokens.js';

/**
 * RTF (what Word, WordPad and TextEdit save as "Rich Text"): tokenised by rtf-tokens.ts, read here
 * group by group, and each text flow written as plain HTML (rtf-flow.ts) for the HTML reader, as
 * the DOCX reader does with mammoth's, so the same document reads alike in either format: a cell's
 * paragraphs joined by " · ", tables as tab-separated rows and `tables`, page header lines first
 * and footer lines last, each once, footnotes after the body.
 *
 * Left out: destinations that hold no document text (font and colour tables, style sheet, document
 * info, pictures and object data, list definitions, revision and theme data, field instructions,
 * and every `{\*\…}` destination a reader may ignore), hidden (`\v`) and deleted text, and the
 * ANSI fallback after a `\uN` character (`\ucN` of them). `\'hh` bytes are decoded in the code
 * page of the current font's charset, else the document's (`\ansicpg`), so double-byte code pages
 * and a WordPad file's Cyrillic or Greek fonts read right; symbol-font bytes (Wingdings) are
 * dropped. A `\uN` out of a signed 16-bit number's range is dropped. Groups nested deeper than
 * MAX_DEPTH share the state of the last one kept, so a hostile file cannot grow the state stack;
 * they change no destination of that state (a skipped one of theirs is left out until it closes,
 * a header, footer, footnote or list marker is read where it stands); the whole reading is one
 * pass over the tokens.
 */

export async function parseRtf(bytes: Buffer): Promise<Draft> {
  const document = readRtf(bytes);
  const body = htmlToText(document.body.html() + document.footnotes.map((flow) => flow.html()).join(''), ' · ', true);
  const pageLines = (flows: RtfFlow[]) => unique(flows.flatMap((flow) => htmlToText(flow.html()).text.split('\n')).map((line) => line.trim()).filter(Boolean));
  return {
    format: 'rtf',
    text: [pageLines(document.headers).join('\n'), body.text, pageLines(document.footers).join('\n')].filter(Boolean).join('\n\n'),
    tables: body.tables,
    metadata: { title: document.info.title?.trim() || null, author: document.info.author?.trim() || null, encoding: document.encoding },
  };
}

const MAX_DEPTH = 256;

/** Destinations whose text is not the document's. */
const SKIPPED = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'listtable', 'listoverridetable', 'revtbl', 'rsidtbl', 'xmlnstbl', 'filetbl',
  'mmathPr', 'pict', 'objdata', 'objclass', 'objname', 'nonshppict', 'nonesttables', 'fldinst', 'themedata',
  'colorschememapping', 'datastore', 'latentstyles', 'pgdsctbl', 'upr', 'pn', 'bkmkstart', 'bkmkend', 'xe', 'tc',
  'txe', 'annotation', 'atnid', 'atnauthor', 'atndate', 'atnref', 'ftnsep', 'ftnsepc', 'ftncn', 'aftnsep', 'aftnsepc',
  'aftncn', 'template', 'generator', 'userprops', 'docvar', 'background', 'shpinst', 'printim', 'buptim',
]);
/** `{\*\…}` destinations read all the same (LibreOffice writes its footnotes so); any other is skipped. */
const STARRED_READ = new Set(['footnote']);
const HEADERS = new Set(['header', 'headerl', 'headerr', 'headerf']);
const FOOTERS = new Set(['footer', 'footerl', 'footerr', 'footerf']);
const INFO_FIELDS = new Set(['title', 'author']);

/** Control words that stand for a character. */
const CHARACTERS: Record<string, string> = {
  tab: '\t', emdash: '\u2014', endash: '\u2013', emspace: ' ', enspace: ' ', qmspace: ' ', bullet: '\u2022',
  lquote: '\u2018', rquote: '\u2019', ldblquote: '\u201c', rdblquote: '\u201d',
  '~': '\u00a0', '{': '{', '}': '}', '\\': '\\',
  // A non-breaking hyphen reads as a hyphen, as Word's own plain-text export writes it.
  _: '-',
};

/** Windows code pages by font charset (`\fcharsetN`); 0 and 1 mean the document's own. */
const CHARSET_CODE_PAGES: Record<number, number> = {
  77: 10000, 128: 932, 129: 949, 130: 1361, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258, 177: 1255,
  178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250, 254: 437, 255: 850,
};
const SYMBOL_CHARSET = 2;

type Destination = 'text' | 'skip' | 'info' | 'info-field' | 'list-marker' | 'fonttbl';

interface GroupState {
  destination: Destination;
  flow: RtfFlow;
  hidden: boolean;
  deleted: boolean;
  inTable: boolean;
  font: number | null;
  /** Characters of ANSI fallback that follow a `\uN`. */
  unicodeSkip: number;
  /** The info field (title, author) this group's text belongs to. */
  field: string | null;
}

interface RtfDocument {
  body: RtfFlow;
  headers: RtfFlow[];
  footers: RtfFlow[];
  footnotes: RtfFlow[];
  info: Record<string, string>;
  encoding: string;
}

function readRtf(bytes: Buffer): RtfDocument {
  const body = new RtfFlow();
  const document: RtfDocument = { body, headers: [], footers: [], footnotes: [], info: {}, encoding: 'cp1252' };
  const fontCodePages = new Map<number, number | 'symbol'>();
  let defaultFont: number | null = null;
  let definedFont: number | null = null;
  let state: GroupState = { destination: 'text', flow: body, hidden: false, deleted: false, inTable: false, font: null, unicodeSkip: 1, field: null };
  const stack: GroupState[] = [];
  let unkeptDepth = 0;
  /** Past MAX_DEPTH: the unkept depth of the group that began a skipped destination, else 0 (the shared state is left as it is). */
  let unkeptSkipFrom = 0;
  /** A `\*` was read: the next control word decides whether its destination is read or skipped. */
  let starred = false;
  let listMarker = '';
  /** ANSI fallback characters still to skip after a `\uN`. */
  let skipping = 0;
  const pending: number[] = [];
  let pendingEncoding = document.encoding;

  const visible = () => !state.hidden && !state.deleted;
  const skipped = () => state.destination === 'skip' || unkeptSkipFrom > 0;
  /** Skips the current group's destination; past MAX_DEPTH only until that group closes. */
  const skipDestination = () => {
    if (unkeptDepth === 0) state.destination = 'skip';
    else if (unkeptSkipFrom === 0) unkeptSkipFrom = unkeptDepth;
  };
  const write = (text: string) => {
    if (!text) return;
    if (state.destination === 'text') state.flow.text(text);
    else if (state.destination === 'list-marker') listMarker += text;
    else if (state.destination === 'info-field' && state.field) document.info[state.field] = (document.info[state.field] ?? '') + text;
  };
  const flushBytes = () => {
    if (pending.length === 0) return;
    const chunk = Buffer.from(pending);
    pending.length = 0;
    write(iconv.decode(chunk, pendingEncoding));
  };
  const fontEncoding = (): string | null => {
    const codePage = state.font === null ? undefined : fontCodePages.get(state.font);
    if (codePage === 'symbol') return null;
    return codePage === undefined ? document.encoding : encodingOf(codePage) ?? document.encoding;
  };
  /** A `\'hh` byte waits for the next, as two of them may make one character of a double-byte code page. */
  const addByte = (value: number) => {
    if (!visible() || skipped()) return;
    const encoding = fontEncoding();
    if (encoding === null) return;
    if (encoding !== pendingEncoding) flushBytes();
    pendingEncoding = encoding;
    pending.push(value);
  };
  /** Literal text is decoded at once, however long the run. */
  const addLiteral = (run: Buffer) => {
    flushBytes();
    if (!visible() || skipped()) return;
    const encoding = fontEncoding();
    if (encoding !== null) write(iconv.decode(run, encoding));
  };
  const addText = (text: string) => {
    flushBytes();
    if (visible()) write(text);
  };

  for (const token of rtfTokens(bytes)) {
    if (token.kind !== 'text' && token.kind !== 'byte') flushBytes();
    if (starred && token.kind !== 'control') {
      starred = false;
      skipDestination();
    }
    if (token.kind === 'open') {
      skipping = 0;
      if (stack.length >= MAX_DEPTH) unkeptDepth++;
      else {
        stack.push(state);
        state = { ...state };
      }
      continue;
    }
    if (token.kind === 'close') {
      skipping = 0;
      if (unkeptDepth > 0) {
        unkeptDepth--;
        if (unkeptDepth < unkeptSkipFrom) unkeptSkipFrom = 0;
      }
      else if (stack.length > 0) {
        const closed = state;
        state = stack.pop()!;
        if (closed.destination === 'list-marker' && state.destination !== 'list-marker') {
          if (visible()) state.flow.text(listMarkerText(listMarker));
          listMarker = '';
        }
      }
      continue;
    }
    if (token.kind === 'text') {
      let from = 0;
      if (skipping > 0) {
        from = Math.min(skipping, token.bytes.length);
        skipping -= from;
      }
      if (from < token.bytes.length) addLiteral(token.bytes.subarray(from));
      continue;
    }
    if (token.kind === 'byte') {
      if (skipping > 0) skipping--;
      else addByte(token.value);
      continue;
    }
    if (token.kind === 'binary') {
      if (skipping > 0) skipping--;
      continue;
    }
    if (skipping > 0) {
      skipping--;
      continue;
    }
    const { word, param } = token;
    if (word === '*') {
      starred = true;
      continue;
    }
    if (starred) {
      starred = false;
      if (!STARRED_READ.has(word)) {
        skipDestination();
        continue;
      }
    }
    if (skipped()) continue;
    // Past MAX_DEPTH the state is shared with the level around: no destination of its own there.
    const deep = unkeptDepth > 0;
    if (state.destination === 'fonttbl') {
      if (word === 'f') definedFont = param;
      else if (word === 'fcharset' && definedFont !== null && param !== null) {
        const codePage = param === SYMBOL_CHARSET ? 'symbol' : CHARSET_CODE_PAGES[param];
        if (codePage !== undefined) fontCodePages.set(definedFont, codePage);
      } else if (word === 'cpg' && definedFont !== null && param !== null && encodingOf(param)) fontCodePages.set(definedFont, param);
      continue;
    }
    if (state.destination === 'info') {
      if (INFO_FIELDS.has(word) && !deep) [state.destination, state.field] = ['info-field', word];
      continue;
    }
    switch (word) {
      case 'fonttbl': case 'info':
        if (deep) skipDestination();
        else state.destination = word;
        break;
      case 'listtext': case 'pntext': if (!deep) [state.destination, listMarker] = ['list-marker', '']; break;
      case 'footnote': if (!deep) state.flow = pushFlow(document.footnotes); break;
      case 'ansicpg': document.encoding = (param !== null && encodingOf(param)) || document.encoding; break;
      case 'mac': document.encoding = encodingOf(10000) ?? document.encoding; break;
      case 'pc': document.encoding = encodingOf(437) ?? document.encoding; break;
      case 'pca': document.encoding = encodingOf(850) ?? document.encoding; break;
      case 'deff': defaultFont = param; state.font ??= param; break;
      case 'f': state.font = param; break;
      case 'plain': [state.hidden, state.deleted, state.font] = [false, false, defaultFont]; break;
      case 'v': state.hidden = param !== 0; break;
      case 'deleted': state.deleted = param !== 0; break;
      case 'pard': state.inTable = false; break;
      case 'intbl': state.inTable = true; break;
      case 'itap': state.inTable = (param ?? 1) > 0; break;
      case 'uc': state.unicodeSkip = Math.max(0, param ?? 1); break;
      case 'u':
        if (param !== null) {
          // A signed 16-bit number (negative ones from 65536 down); one out of that range is dropped, its fallback too.
          if (param >= -0x8000 && param <= 0xffff) addText(String.fromCharCode(param < 0 ? param + 0x10000 : param));
          skipping = state.unicodeSkip;
        }
        break;
      case 'par': case 'sect': case 'page': case 'column': case 'nestcell':
        if (state.destination === 'text') state.flow.endParagraph(state.inTable || word === 'nestcell');
        break;
      case 'line':
        if (state.destination === 'text' && visible()) state.flow.lineBreak();
        break;
      case 'cell': if (state.destination === 'text') state.flow.endCell(); break;
      case 'row': if (state.destination === 'text') state.flow.endRow(); break;
      default:
        if (SKIPPED.has(word)) skipDestination();
        else if (HEADERS.has(word)) { if (!deep) [state.flow, state.inTable] = [pushFlow(document.headers), false]; }
        else if (FOOTERS.has(word)) { if (!deep) [state.flow, state.inTable] = [pushFlow(document.footers), false]; }
        else if (CHARACTERS[word] !== undefined) addText(CHARACTERS[word]!);
    }
  }
  flushBytes();
  return document;
}

function pushFlow(flows: RtfFlow[]): RtfFlow {
  const flow = new RtfFlow();
  flows.push(flow);
  return flow;
}

/** A list item's number ("1.", "a)") before its text; a bullet, whatever its symbol font drew, as "- ". */
function listMarkerText(marker: string): string {
  const text = marker.trim();
  return /[\p{L}\p{N}]/u.test(text) ? `${text} ` : '- ';
}

/** The iconv-lite name of a Windows or Mac code page, if iconv-lite has it. */
function encodingOf(codePage: number): string | null {
  const name = codePage === 10000 ? 'macintosh' : codePage === 65001 ? 'utf-8' : `cp${codePage}`;
  return iconv.encodingExists(name) ? name : null;
}

function unique(lines: string[]): string[] {
  return [...new Set(lines)];
}
