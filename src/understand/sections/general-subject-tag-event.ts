/**
 * A festival's advancing portal tags every notification's subject with its edition: "[Harbour Sounds 2027]
 * Your artist sheet was updated". A bracketed tag opening the subject, a name with its year, names the event.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { evidenceAt, isMail } from '../text/index.js';
import { SUBJECT } from './general-mail-city.js';

/** "[Harbour Sounds 2027] …": words opening with a capital, then the edition's year, in brackets. */
const DATED_TAG = /^\[(\p{Lu}[\p{L}'’&. -]{2,50}?[ \t](?:19|20)\d{2})\]/u;

export function eventFromSubjectTag(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.eventName || !isMail(source)) return;
  const subject = SUBJECT.exec(source.text);
  const tag = subject ? DATED_TAG.exec(subject[1]!.trim()) : null;
  if (!subject || !tag) return;
  const at = subject.index + subject[0].indexOf(tag[1]!);
  draft.eventName = found(tag[1]!, evidenceAt(source, [at, at + tag[1]!.length], 'pattern'));
}
