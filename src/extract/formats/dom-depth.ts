import { Element, type ChildNode } from 'domhandler';

/**
 * The HTML and WordprocessingML readers walk their trees by recursion, so a tree nested thousands
 * deep (lists in lists, tables in tables, as a made or broken file may hold) would overflow the
 * stack. Past MAX_DEPTH an element's descendants are flattened into its own children: the text and
 * the innermost elements (those holding no element: a run's text, a line break) in order, with a
 * line break (the `lineBreak` element) after each element that held others, so the text is still
 * read line by line. No real document nests anywhere near this deep.
 */
const MAX_DEPTH = 200;

export function flattenDeepNesting(nodes: ChildNode[], lineBreak: string): void {
  const pending: [ChildNode, number][] = nodes.map((node) => [node, 1]);
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, depth] = next;
    if (!(node instanceof Element)) continue;
    if (depth >= MAX_DEPTH) setChildren(node, flatDescendants(node, lineBreak));
    else for (const child of node.children) pending.push([child, depth + 1]);
  }
}

function flatDescendants(element: Element, lineBreak: string): ChildNode[] {
  const flat: ChildNode[] = [];
  const pending: (ChildNode | 'end')[] = [...element.children].reverse();
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node === 'end') flat.push(new Element(lineBreak, {}));
    else if (!(node instanceof Element) || !node.children.some((child) => child instanceof Element)) flat.push(node);
    else {
      pending.push('end');
      for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
    }
  }
  return flat;
}

function setChildren(parent: Element, children: ChildNode[]): void {
  children.forEach((child, i) => {
    child.parent = parent;
    child.prev = children[i - 1] ?? null;
    child.next = children[i + 1] ?? null;
  });
  parent.children = children;
}
