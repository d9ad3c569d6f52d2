/**
 * A stable key for each item of a review list. Keyed by index, removing an item would hand its
 * editors, with any text typed but not yet valid, to the next item. The key is a symbol property:
 * object spread (lib/paths.ts setAt) carries it through every edit, and JSON leaves it out of the commit.
 */
const ITEM_KEY = Symbol('review item key');
let lastKey = 0;

export function itemKey(item: object): number {
  const keyed = item as { [ITEM_KEY]?: number };
  keyed[ITEM_KEY] ??= ++lastKey;
  return keyed[ITEM_KEY];
}
