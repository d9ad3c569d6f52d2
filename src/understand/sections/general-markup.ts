/**
 * The show as a source's schema.org EventReservation states it (venue, address, date, doors, the
 * act): structured evidence, so it is read before labels and prose, which only fill what it leaves.
 */
import type { ExtractedSource, General } from '../../interfaces.js';
import type { Draft } from '../found.js';
import { schemaOrgReservations } from '../schema-org/index.js';

export function fromMarkup(source: ExtractedSource, draft: Draft<General>): void {
  const [event] = schemaOrgReservations(source).events;
  if (!event) return;
  for (const key of Object.keys(event) as (keyof General)[]) {
    (draft as Record<string, unknown>)[key] ??= event[key];
  }
}
