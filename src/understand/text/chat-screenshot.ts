/**
 * A phone screenshot of a chat, read by OCR (WhatsApp, iMessage, Signal): each bubble ends with its
 * send time on a line of its own ("10:15", "10:17 vv" — the read ticks OCR'd as letters or digits),
 * and a date chip alone on its line ("18 November 2027", "Today") heads the day's bubbles. The send
 * times are the app's, not the show's: they are blanked (offsets kept), and the chip's date is the
 * chat's date, against which "tomorrow" and "Saturday" resolve. Only a screenshot with three or more
 * such times in non-decreasing order is read so; a scanned day sheet's time column is no chat.
 */
import { findDates } from '../normalise/date.js';

/** "10:15", "10:17 vv", "10: 1287" (a time and its ticks run together), "9:41 PM ✓✓". */
const BUBBLE_TIME = /^[ \t]*(\d{1,2}):[ \t]?(\d{2})(?:[ \t]*[AaPp][Mm])?(?:[ \t]*[vV✓✔/\\\d]{1,3})?[ \t]*$/gmu;
const TODAY = /^(?:today|yesterday)$/i;

export interface ScreenshotChat { text: string; chatDate: Date | null }

export function screenshotChat(text: string): ScreenshotChat | null {
  const times = [...text.matchAll(BUBBLE_TIME)];
  if (times.length < 3) return null;
  const minutes = times.map((m) => Number(m[1]) * 60 + Number(m[2]));
  if (times.some((m) => Number(m[2]) > 59) || minutes.some((v, i) => v >= 24 * 60 || (i > 0 && v < minutes[i - 1]!))) return null;
  let out = text;
  for (const m of times) out = out.slice(0, m.index) + ' '.repeat(m[0].length) + out.slice(m.index + m[0].length);
  // A bubble's lines are its message wrapped to the bubble's width: one line again (a newline
  // becomes a space, so offsets hold), so "you're on / at 8:45" reads as the sentence it is.
  let from = times[0]!.index + times[0]![0].length;
  for (const m of times.slice(1)) {
    const bubble = out.slice(from, m.index).replace(/(\S)[ \t]*\n(?=[ \t]*\S)/g, (all) => all.replace('\n', ' '));
    out = out.slice(0, from) + bubble + out.slice(m.index);
    from = m.index + m[0].length;
  }
  // The date chip: the last line before the first bubble's time that is a full date alone.
  // It is the app's too (the day the bubbles were sent, not the day they plan): blanked as well.
  let chatDate: Date | null = null;
  let at = 0;
  for (const line of text.slice(0, times[0]!.index).split('\n')) {
    const t = line.trim();
    const d = findDates(t)[0];
    const chip = d && d.hasYear && d.index === 0 && d.length >= t.replace(/[.,]$/, '').length;
    if (chip) chatDate = new Date(`${d.value}T12:00:00Z`);
    else if (TODAY.test(t)) chatDate = null;
    if (chip || TODAY.test(t)) out = out.slice(0, at) + ' '.repeat(line.length) + out.slice(at + line.length);
    at += line.length + 1;
  }
  return { text: out, chatDate: chatDate && !Number.isNaN(chatDate.getTime()) ? chatDate : null };
}
