/**
 * A hotel's group booking forwarded for a show, its fields stacked as an HTML mail renders them: "Group Name" on
 * its own line, the party's name on the next ("Harbour Lights (Northside Promotions)"). When the mail also
 * places a show (a venue or a set), the group is the act; a bracket after it names who booked it. A group
 * booking that speaks to no performance (a wedding's, a school trip's) names no act and is left alone.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { countryOfCity } from '../../reference/index.js';
import { evidenceAt, read } from '../text/index.js';
import { GROUP_WORD, NOT_ACT } from './general-act.js';
import { scheduleOf } from './schedule.js';

const GROUP_LABEL_ALONE = new RegExp(String.raw`^[ \t]*${GROUP_WORD}[ \t]*:?[ \t]*$`, 'iu');
const NAME_THEN_BRACKET = /^(\p{Lu}[^()\t]{1,60}?)(?:\s*\([^()]*\))?\s*$/u;

export function artistFromStackedGroup(source: ExtractedSource, draft: Draft<General>): void {
  if (draft.artist || !(draft.venue || scheduleOf(source).some((i) => i.kind.value === 'set'))) return;
  const lines = read(source).lines;
  for (const [i, line] of lines.entries()) {
    if (!GROUP_LABEL_ALONE.test(line.text)) continue;
    const next = lines.slice(i + 1).find((l) => l.text.trim());
    const m = next && NAME_THEN_BRACKET.exec(next.text.trim());
    if (!next || !m) continue;
    const name = m[1]!.trim();
    if (NOT_ACT.test(name) || countryOfCity(name) || name.split(/\s+/).length > 5) continue;
    const at = next.start + next.text.indexOf(name);
    draft.artist = found(name, evidenceAt(source, [at, at + name.length], 'label'));
    return;
  }
}
