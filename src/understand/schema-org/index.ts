/**
 * schema.org markup and IATA bar-coded boarding passes: the most structured evidence a source can
 * carry, read before tables, labels and narrative.
 */
export { schemaOrgReservations, splitDateTime, type SchemaOrgFindings } from './reservations.js';
export { schemaNodesOfHtml } from './html.js';
export { parseLenientJson } from './json.js';
export { boardingPasses } from './bcbp.js';
