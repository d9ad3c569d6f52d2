import { Element, Text, type ChildNode } from 'domhandler';

/**
 * What a filled-in web form shows in its controls. A form saved from a portal (an advance form, a
 * booking page) keeps its answers in attributes and options, not in text: `<input value="21:30">`,
 * the `selected` `<option>` of a `<select>`, a `<textarea>`'s content, a ticked radio or checkbox.
 * A browser shows those values, so the text shows them too; placeholders ("e.g. 15:30") and the
 * options not chosen are no answer and give nothing.
 */
export type FormControl =
  /** A typed or chosen value, one entry per line (a textarea keeps its lines). */
  | { kind: 'value'; lines: string[] }
  /** A radio button or checkbox, ticked or not, written "[x]" / "[ ]" like a printed form's. */
  | { kind: 'box'; checked: boolean };

export const FORM_CONTROL_TAGS = new Set(['input', 'select', 'textarea']);

/** Input types whose value is no answer a reader sees (hidden, buttons, secrets, files). */
const UNSHOWN_INPUTS = new Set(['hidden', 'submit', 'reset', 'button', 'image', 'file', 'password']);

/** The control's shown answer; null when it has none (empty, hidden, a button). */
export function formControl(element: Element): FormControl | null {
  const tag = element.name.toLowerCase();
  if (tag === 'select') return valueOf([selectedOptions(element.children).map(nodeText).join(', ')]);
  if (tag === 'textarea') return valueOf(nodeText(element).split(/\r?\n/));
  const type = (element.attribs.type ?? 'text').toLowerCase();
  if (type === 'checkbox' || type === 'radio') return { kind: 'box', checked: element.attribs.checked !== undefined };
  if (UNSHOWN_INPUTS.has(type)) return null;
  return valueOf([element.attribs.value ?? '']);
}

function valueOf(lines: string[]): FormControl | null {
  const kept = lines.map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return kept.length ? { kind: 'value', lines: kept } : null;
}

/** The explicitly selected options (also inside optgroups); none selected shows no chosen answer. */
function selectedOptions(nodes: ChildNode[]): Element[] {
  return nodes.flatMap((node) => {
    if (!(node instanceof Element)) return [];
    const tag = node.name.toLowerCase();
    if (tag === 'optgroup') return selectedOptions(node.children);
    return tag === 'option' && node.attribs.selected !== undefined ? [node] : [];
  });
}

function nodeText(node: ChildNode): string {
  if (node instanceof Text) return node.data;
  return node instanceof Element ? node.children.map(nodeText).join('') : '';
}
