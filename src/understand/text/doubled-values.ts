/**
 * Whether a bilingual form's item names are cut to their known half (text/bilingual-value.ts). A form
 * that writes its values twice, once per language (some cell is two halves around " / " carrying the
 * same figures: "Dydd Sadwrn 9 Hydref 2027 / Saturday 9 October 2027"), is cut; so is one whose labels
 * pair another script with Latin ("ประตูหลัง / Rear gate"), whose Latin half is the name. A form that only
 * labels in two Latin-script languages ("Usuku / Date") and writes each value once keeps its item names
 * as printed, both halves.
 */
import { LATIN, OTHER } from './bilingual-lines.js';
import { topLevelHalves } from './bilingual-value.js';

const figures = (text: string): string => (text.match(/\d+/g) ?? []).join(' ');

function writesValuesTwice(text: string): boolean {
  return text.split('\n').some((line) => line.split(/\t+/).some((cell) => {
    const halves = topLevelHalves(cell);
    if (halves.length !== 2) return false;
    const first = figures(halves[0]!.text);
    return first !== '' && first === figures(halves[1]!.text);
  }));
}

function labelsPairScripts(labels: readonly string[]): boolean {
  return labels.some((label) => {
    const halves = topLevelHalves(label).map((h) => h.text);
    return halves.length === 2 && halves.some((h) => OTHER.test(h)) && halves.some((h) => LATIN.test(h) && !OTHER.test(h));
  });
}

export function cutsNamesToKnownHalf(text: string, labels: readonly string[]): boolean {
  return writesValuesTwice(text) || labelsPairScripts(labels);
}
