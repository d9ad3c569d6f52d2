/**
 * A form the act sends out asks for its own slot under its name: "Marram Lights set time & length (80
 * minutes) ⇥ 21.30, 80 min". The words before the set label are the act (capitalised, up to four words), the
 * label's remark in brackets and a length asked beside it ("and length") are no part of either. A slot's
 * words ("Headline set", "Support set") name no act.
 */
import { labelKey } from './lexicon.js';

const ACT = String.raw`\p{Lu}[\p{L}\d'’&.-]*(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}\d'’&.-]*){0,3}`;
const ACT_THEN_LABEL = new RegExp(String.raw`^(${ACT})[ \t]+(\p{L}[\p{L} -]{1,20}?)(?:[ \t]+(?:and|&|\+|/)[ \t]+(?:length|duration))?$`, 'u');

/** A slot's own words before "set" ("Headline set", "Support set", "Main set", "Late set"): which slot, no act. */
const SLOT_WORD = /^(?:headlin\p{L}*|main|support\p{L}*|open\p{L}*|own|first|second|third|last|early|late|full|short|long|acoustic|dj|your|our|the|artist|band)$/iu;

/** The act a set label is written after, and where in `label` it stands; null when the label is no act's set. */
export function actBeforeSetLabel(label: string): { act: string; index: number } | null {
  const m = ACT_THEN_LABEL.exec(label.replace(/\s*\([^()]*\)\s*$/, '').trim());
  if (!m || labelKey(m[2]!) !== 'set_time' || labelKey(m[1]!) || m[1]!.split(/\s+/).some((w) => SLOT_WORD.test(w))) return null;
  return { act: m[1]!, index: label.indexOf(m[1]!) };
}
