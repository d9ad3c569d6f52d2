/**
 * A billing names the support after "w/" ("Harbor Motel w/ Dune Kites @ The Copper Room"); a plan
 * in prose then times it by its name alone ("doors 7, Dune Kites 8:15, you're on at 9:30"): that is
 * the support's set. Only an act the same source bills so is read, and only right before its time.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { found } from '../found.js';
import { findTimes } from '../normalise/index.js';
import { escapeRegExp, evidenceAt } from '../text/index.js';
import type { ScheduleItem } from './schedule.js';

const ACT = String.raw`\p{Lu}[\p{L}'’&-]*(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}'’&-]*){0,3}`;
const BILLED_SUPPORT = new RegExp(String.raw`(?<![\p{L}])${ACT}[ \t]+w\/[ \t]*(${ACT})[ \t]+@[ \t]+\p{Lu}`, 'gu');

/** The supports the source's billing lines name. */
function billedSupports(text: string): string[] {
  return [...new Set([...text.matchAll(BILLED_SUPPORT)].map((m) => m[1]!))];
}

export function billedSupportSlots(source: ExtractedSource, prose: { text: string; offset: number }): ScheduleItem[] {
  const items: ScheduleItem[] = [];
  for (const act of billedSupports(source.text)) {
    const slot = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(act)}[ \t]+(?:at[ \t]+)?(\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?)(?![\d:.])`, 'giu');
    for (const m of prose.text.matchAll(slot)) {
      const time = findTimes(m[1]!)[0];
      if (!time) continue;
      const actAt = prose.offset + m.index;
      const timeAt = prose.offset + m.index + m[0].length - m[1]!.length + time.index;
      items.push({
        name: found(act, evidenceAt(source, [actAt, actAt + act.length], 'pattern')),
        kind: found('set', evidenceAt(source, [actAt, actAt + act.length], 'pattern')),
        start: found(time.value, evidenceAt(source, [timeAt, timeAt + time.length], 'pattern', true)),
        act: true,
        support: true,
      });
    }
  }
  return items;
}
