/** Shared reading utilities for section extractors: lines, labels, tables, e-mail threads. */
export { linesOf, pageAt, spanOf, type Line } from './lines.js';
export { foldLabel, labelKey, labelKeyByPrefix, leadingLabel, type LabelKey } from './lexicon.js';
export { cellsOf, findLabelled, firstOf, isMenuBar, questionAnswers, type Labelled } from './labels.js';
export { actBeforeSetLabel } from './act-set-label.js';
export { isHeader, recordsOf, spanFinder, tablesOf, type Table, type TableCell, type TableRecord } from './tables.js';
export { depthAt, inHeaderBlock, isAttribution, isQuoted, signOffAbovePaste, splitThread, unquoted, type EmailMessage } from './email.js';
export { read, evidenceAt, lineAt, type Reading } from './read.js';
export type { ChatTurn } from './mask.js';
export { turnIndexAt } from './mask.js';
export { isNotApplicable, isPendingValue } from './pending-value.js';
export { headingText, opensSection, sectionTitle, sheetName } from './headings.js';
export { escapeRegExp } from './escape-regexp.js';
export { sentenceAround } from './sentence-around.js';
export { isMail, isPhoto, isScan, isSpreadsheet } from './source-kind.js';
