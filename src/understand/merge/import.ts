/**
 * One import's drafts, merged section by section: the same hotel, flight, meal, item or person seen in
 * several sources becomes one, and where sources disagree the authority each section names wins, the
 * disagreement kept as a conflict. Each section's merge reads as one line of what outranks what.
 */
import type { Contact, DocumentCategory, ExtractedSource, Flight, Food, General, Hotel, ImportSection } from '../../interfaces.js';
import type { SectionDrafts, SectionTypes } from '../context.js';
import type { Draft, Found } from '../found.js';
import { isRentalHost } from '../sections/contact-host-card.js';
import { categorise } from '../sections/documents.js';
import { withoutLoneContact } from '../sections/lone-contact.js';
import { authorityOf, DEAL_TERMS, inPrecedence, onFields } from './authority.js';
import { correctionAuthority, withoutCorrectedActivities } from './corrections.js';
import { deferredScheduleAuthority } from './deferred-schedule.js';
import { withoutDeskSigners } from './desk-signers.js';
import { draftNames, overDraftAuthority } from './draft-documents.js';
import { mergeFields, mergeList, type Conflict } from './fields.js';
import { sameActivityOrMoment } from './one-off-moments.js';
import { withoutPlaceDeskRows } from './place-desk-rows.js';
import { isProvisional } from './provisional.js';
import { withRescheduledFlights } from './rescheduled-flights.js';
import { preferSpecificNames, sameContact, sameFlight, sameFood, sameHotel } from './rules.js';
import { withoutSupersededActivities } from './superseded.js';

type MergedSection = Exclude<ImportSection, 'documents'>;

export type MergedImport = { [K in MergedSection]: K extends 'general' | 'deal' | 'technical' ? Draft<SectionTypes[K]> : Draft<SectionTypes[K]>[] };

/**
 * `general` is what the general section found before its authorities were applied (the context later
 * sections were read with): its date and artist tell the activities which show they belong to.
 */
export function mergeImport(
  drafts: SectionDrafts, sources: ExtractedSource[], general: Draft<General>,
): { merged: MergedImport; conflicts: Map<ImportSection, Conflict[]> } {
  const conflicts = new Map<ImportSection, Conflict[]>();
  const conflictsOf = (section: ImportSection) => {
    const list: Conflict[] = [];
    conflicts.set(section, list);
    return list;
  };
  // A message that corrects an earlier document outranks it on the show's times (merge/corrections.ts).
  const corrections = correctionAuthority(sources);
  // A contract that calls its schedule indicative gives way on the show's times (merge/deferred-schedule.ts).
  // A document not marked as a draft stands over one that is (merge/draft-documents.ts).
  const drafted = draftNames(sources);
  const contracts = deferredScheduleAuthority(sources, (s) => categorise(s) === 'contract');
  const mergedGeneral = mergeFields(drafts.general ?? [], conflictsOf('general'), '',
    inPrecedence(corrections, contracts, overDraftAuthority(drafted, sources.length)));
  // The contract settles the deal's terms over e-mails and chats, unless a message explicitly corrects it.
  // A contract that is no mere offer ("subject to contract") settles them over the offer (merge/provisional.ts).
  const dealAuthority = inPrecedence(corrections, onFields(bindingDocuments(sources), DEAL_TERMS), onFields(ownDocuments(sources, ['contract']), DEAL_TERMS));
  // An item restating a show time the general merge rejected goes with it (merge/superseded.ts).
  const activities = withoutSupersededActivities(withoutCorrectedActivities(drafts.activities ?? [], corrections),
    conflicts.get('general') ?? [], general.date?.value, mergedGeneral.artist?.value, drafted);
  const merged: MergedImport = {
    general: mergedGeneral,
    deal: mergeFields(drafts.deal ?? [], conflictsOf('deal'), '', dealAuthority),
    technical: mergeFields(drafts.technical ?? [], conflictsOf('technical')),
    hotels: mergeList(drafts.hotels ?? [], sameHotel, '', conflictsOf('hotels'), undefined, ownDocuments(sources, ['hotel_confirmation'])),
    flights: flightsMerged(drafts.flights ?? [], sources, conflictsOf('flights')),
    food: mergeList(drafts.food ?? [], sameFood, '', conflictsOf('food')),
    activities: mergeList(activities, sameActivityOrMoment, '', conflictsOf('activities'), preferSpecificNames, corrections),
    contacts: mergeList(drafts.contacts ?? [], sameContact, '', conflictsOf('contacts')),
  };
  merged.contacts = withoutPlacesAndLoneContacts(merged, sources);
  return { merged, conflicts };
}

/** The merged contacts less the lines that are a hotel's or restaurant's, and less a lone preparer. */
function withoutPlacesAndLoneContacts(merged: MergedImport, sources: ExtractedSource[]): Draft<Contact>[] {
  const places = [...merged.hotels, ...merged.food];
  // The desk clerk who signs a place's confirmation over its lines is no contact (merge/desk-signers.ts).
  // A contacts row naming a place's front desk is that place's line, not a person (merge/place-desk-rows.ts).
  let contacts = withoutPlaceDeskRows(merged.contacts, places);
  contacts = withoutDeskSigners(withoutPlaceLines(contacts, places), places);
  withoutPersonLines(places, contacts);
  // An import with no other data names no advance contact, only a preparer or signer (sections/lone-contact.ts).
  return withoutLoneContact(contacts, [merged.general, merged.deal, merged.technical],
    [merged.hotels, merged.flights, merged.food, merged.activities], sources);
}

/** Flights merged across sources, then with the new times a later message reports (merge/rescheduled-flights.ts). */
function flightsMerged(flights: Draft<Flight>[], sources: ExtractedSource[], conflicts: Conflict[]): Draft<Flight>[] {
  return withRescheduledFlights(mergeList(flights, sameFlight, '', conflicts, undefined, ownDocuments(sources, ['flight_ticket', 'boarding_pass'])), sources, conflicts);
}

/**
 * A hotel's or restaurant's own phone or e-mail goes on that item, not in contacts (IMPORT_DATA.md).
 * Only lines its markup, labels or table give it count: one found near its name in prose may be a person's.
 * A holiday rental's host is the exception: the person's own number is the place's only line, and both keep it
 * (sections/contact-host-card.ts).
 */
function withoutPlaceLines(contacts: Draft<Contact>[], places: Draft<Hotel | Food>[]): Draft<Contact>[] {
  const own = (f: Found<string> | undefined) => (f && f.method !== 'pattern' && f.method !== 'inferred' ? f.value : undefined);
  const lines = new Set(places.flatMap((p) => [own(p.phone), own(p.email)]).filter((v) => v));
  return contacts.filter((c) => isRentalHost(c) || !((c.email && lines.has(c.email.value)) || (c.phone && lines.has(c.phone.value))));
}

/** The other way round: a line guessed for a place from nearby text that is a contact's own is the person's. */
function withoutPersonLines(places: Draft<Hotel | Food>[], contacts: Draft<Contact>[]): void {
  const lines = new Set(contacts.flatMap((c) => [c.phone?.value, c.email?.value]).filter((v) => v));
  for (const place of places) {
    for (const key of ['phone', 'email'] as const) {
      const f = place[key];
      if (f?.method === 'pattern' && lines.has(f.value)) delete place[key];
    }
  }
}

/** The import's contracts that do not call themselves provisional (merge/provisional.ts). */
function bindingDocuments(sources: ExtractedSource[]) {
  return authorityOf(sources, (s) => categorise(s) === 'contract' && !isProvisional(s));
}

/** A booking's own documents (the hotel's confirmation, the ticket) are the authority on it when sources disagree. */
function ownDocuments(sources: ExtractedSource[], categories: DocumentCategory[]) {
  return authorityOf(sources, (s) => categories.includes(categorise(s)));
}
