/**
 * Finds schema.org items in HTML: every `<script type="application/ld+json">` (several per page,
 * each parsed leniently) and every top-level microdata item (`itemscope` not itself an `itemprop`).
 */
import { parseDocument } from 'htmlparser2';
import { Element, Text, type ChildNode } from 'domhandler';
import { parseLenientJson } from './json.js';
import { flattenGraph, type SchemaNode, type SchemaValue } from './nodes.js';

function textOf(node: ChildNode): string {
  if (node instanceof Text) return node.data;
  if (node instanceof Element) return node.children.map(textOf).join(node.name === 'br' ? ' ' : '');
  return '';
}

function walk(nodes: ChildNode[], visit: (el: Element) => boolean): void {
  for (const n of nodes) {
    if (n instanceof Element && visit(n)) walk(n.children, visit);
  }
}

/** A microdata property's value, by the element that carries it (per the HTML microdata spec). */
function propertyValue(el: Element): SchemaValue {
  if ('itemscope' in el.attribs) return microdataItem(el);
  const a = el.attribs;
  switch (el.name) {
    case 'meta': return a.content ?? null;
    case 'a': case 'link': case 'area': return a.href ?? null;
    case 'img': case 'audio': case 'video': case 'source': return a.src ?? null;
    case 'time': return a.datetime ?? textOf(el).trim();
    case 'data': case 'meter': return a.value ?? null;
    default: return a.content ?? textOf(el).replace(/\s+/g, ' ').trim();
  }
}

function microdataItem(scope: Element): SchemaNode {
  const item: SchemaNode = {};
  if (scope.attribs.itemtype) item['@type'] = scope.attribs.itemtype.trim().split(/\s+/)[0]!;
  const add = (name: string, value: SchemaValue) => {
    const prev = item[name];
    item[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  };
  walk(scope.children, (el) => {
    const names = el.attribs.itemprop?.trim().split(/\s+/) ?? [];
    for (const name of names) add(name, propertyValue(el));
    // A nested item owns the properties inside it.
    return !('itemscope' in el.attribs);
  });
  return item;
}

export function schemaNodesOfHtml(html: string): SchemaNode[] {
  const doc = parseDocument(html, { decodeEntities: true });
  const nodes: SchemaNode[] = [];
  walk(doc.children, (el) => {
    if (el.name === 'script' && /ld\+json/i.test(el.attribs.type ?? '')) {
      nodes.push(...flattenGraph(parseLenientJson(textOf(el))));
      return false;
    }
    if ('itemscope' in el.attribs && !('itemprop' in el.attribs)) {
      nodes.push(microdataItem(el));
      return false;
    }
    return true;
  });
  return nodes;
}
