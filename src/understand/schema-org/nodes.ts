/**
 * schema.org items as plain nodes, whichever syntax carried them: `{ "@type": "FlightReservation",
 * reservationNumber: "…", reservationFor: { "@type": "Flight", … } }`. JSON-LD objects are used as
 * they are; microdata items are converted to the same shape. Helpers read them tolerantly: a
 * property may be a string, a number, a node, or an array of those.
 */
import { decodeHTML } from 'entities';

export type SchemaValue = string | number | boolean | SchemaNode | SchemaValue[] | null;
export interface SchemaNode {
  [key: string]: SchemaValue | undefined;
}

export function isNode(v: unknown): v is SchemaNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** "http://schema.org/LodgingReservation" → "LodgingReservation" (first type when several). */
export function typeOf(node: SchemaNode): string {
  const t = Array.isArray(node['@type']) ? node['@type'][0] : node['@type'];
  return typeof t === 'string' ? t.replace(/^.*[/#:]/, '') : '';
}

function first(v: SchemaValue | undefined): SchemaValue | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** The node at a property path, or undefined. */
export function nodeAt(node: SchemaNode, ...path: string[]): SchemaNode | undefined {
  let cur: SchemaValue | undefined = node;
  for (const key of path) {
    if (!isNode(cur)) return undefined;
    cur = first(cur[key]);
  }
  return isNode(cur) ? cur : undefined;
}

/** The text at a property path (a node's `name` when the path ends on a node), trimmed, or null. */
export function textAt(node: SchemaNode, ...path: string[]): string | null {
  let cur: SchemaValue | undefined = node;
  for (const key of path) {
    if (!isNode(cur)) return null;
    cur = first(cur[key]);
  }
  if (isNode(cur)) cur = first(cur.name ?? cur['@id']);
  if (typeof cur === 'number') return String(cur);
  // Mailers often HTML-escape the values inside JSON-LD ("Fox &amp; Hound").
  return typeof cur === 'string' && cur.trim() ? decodeHTML(cur).replace(/\s+/g, ' ').trim() : null;
}

/** Every value of a property as a list (a single value becomes a one-item list). */
export function listAt(node: SchemaNode, key: string): SchemaValue[] {
  const v = node[key];
  return v == null ? [] : Array.isArray(v) ? v : [v];
}

/** Every node in a parsed JSON-LD value: top-level arrays and `@graph` flattened. */
export function flattenGraph(value: unknown): SchemaNode[] {
  if (Array.isArray(value)) return value.flatMap(flattenGraph);
  if (!isNode(value)) return [];
  const graph = value['@graph'];
  return graph ? [...(value['@type'] ? [value] : []), ...flattenGraph(graph)] : [value];
}
