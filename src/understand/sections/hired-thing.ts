/**
 * What else asks a deposit in an advance: a stay, a rental, a booking. "on booking" / "upon booking"
 * is when the show's own deposit falls due, not a thing hired.
 */
export const HIRED_THING = /\b(?:hotel\w*|room|rooms|zimmer|rum|(?<!\b(?:on|upon|at)\s)booking|reservation|rental|hire|backline|van|bus|nightliner|car)\b/i;
