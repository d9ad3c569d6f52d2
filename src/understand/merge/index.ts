/** Deduplication and conflicts across the sources of one import. */
export { mergeFields, mergeList, sameKey, type Conflict } from './fields.js';
export { preferSpecificNames, sameActivity, sameContact, sameFlight, sameFood, sameHotel, similarNames } from './rules.js';
export { authorityOf, DEAL_TERMS, inPrecedence, onFields } from './authority.js';
export { correctionAuthority, withoutCorrectedActivities } from './corrections.js';
export { withoutSupersededActivities } from './superseded.js';
