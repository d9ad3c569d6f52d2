/**
 * Field paths as the confidence map writes them — `general.venue`, `hotels[0].guests[1]`,
 * `flights[1].passengers[0].seat` — read and written on plain JSON data. Writes copy along the path
 * only, so unchanged sections keep their identity (and their rendered rows).
 */

export type PathStep = string | number;

export function parsePath(path: string): PathStep[] {
  const steps: PathStep[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    steps.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  }
  return steps;
}

export function getAt(data: unknown, path: string | PathStep[]): unknown {
  const steps = typeof path === 'string' ? parsePath(path) : path;
  let node: unknown = data;
  for (const step of steps) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}

export function setAt<T>(data: T, path: string | PathStep[], value: unknown): T {
  const steps = typeof path === 'string' ? parsePath(path) : path;
  if (!steps.length) return value as T;
  const [head, ...rest] = steps;
  const node = data as Record<string | number, unknown>;
  const copy = (Array.isArray(node) ? [...node] : { ...node }) as Record<string | number, unknown>;
  copy[head!] = setAt(node[head!], rest, value);
  return copy as T;
}

/**
 * After removing item `index` from the list at `listPath`, a path to a later item of the same list
 * moves down by one; a path into the removed item is gone (null).
 */
export function shiftAfterRemoval(path: string, listPath: string, index: number): string | null {
  const prefix = `${listPath}[`;
  if (!path.startsWith(prefix)) return path;
  const match = /^(\d+)\]/.exec(path.slice(prefix.length));
  if (!match) return path;
  const at = Number(match[1]);
  if (at === index) return null;
  if (at < index) return path;
  return `${prefix}${at - 1}]${path.slice(prefix.length + match[0].length)}`;
}
