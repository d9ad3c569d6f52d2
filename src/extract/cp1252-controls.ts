/**
 * C1 control characters read back as the Windows-1252 characters they stand for. A part labelled
 * "Windows-1252" decoded as Latin-1 (as Node's TextDecoder does) turns its en dashes, curly quotes
 * and euro signs into C1 controls (0x96 → U+0096), which text never means: they are mapped back here
 * before controls are dropped, so "15:30–16:30" keeps its dash. The five bytes Windows-1252 leaves
 * undefined stay controls.
 */
const WINDOWS_1252: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰',
  0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•',
  0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

const C1 = /[\u0080-\u009F]/g;

/** `text` with each C1 control that Windows-1252 defines replaced by its character. */
export function fromWindows1252Controls(text: string): string {
  return text.replace(C1, (ch) => WINDOWS_1252[ch.charCodeAt(0)] ?? ch);
}
