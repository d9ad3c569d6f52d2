/**
 * A phone screenshot opens with the phone's status bar: the clock, then the signal, network and
 * battery marks ("9:41 ▮▮▮ 5G 87%", OCR'd as "9:41 «all 5G @"). That clock is when the screen was
 * captured, no time of the show or the stay: the line is blanked (offsets kept). Only the text's first
 * line is read so, and only with a network or battery mark and no word longer than three letters after
 * the clock, so a schedule's "15:00 Load in" stays.
 */
const STATUS_BAR = /^(\s*)(\d{1,2}:\d{2}(?:[ \t]*[AaPp][Mm])?[ \t](?=[^\n]*(?:\b[2-5]G\+?\b|\bLTE\b|\b\d{1,3}[ \t]?%))(?:[^\p{L}\n]|\p{L}{1,3}(?!\p{L}))*)(?=\n|$)/u;

export function blankStatusBar(text: string): string {
  return text.replace(STATUS_BAR, (_m, lead: string, bar: string) => `${lead}${' '.repeat(bar.length)}`);
}
