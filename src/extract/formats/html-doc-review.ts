import type { Element } from 'domhandler';

/**
 * A shared online document saved as HTML keeps its review around the text: pending suggestions as
 * spans marked `data-suggestion-type`, comment anchors ("[a]" linking to "#cmnt1") and the comments'
 * own texts at the end, each in a block opened by a link back to its anchor ("#cmnt_ref1"). The
 * document is its current text: a suggested insertion is not yet part of it (a suggested deletion
 * still is), and comments are discussion about it, not its content.
 */
export function isReviewMarkup(element: Element): boolean {
  if ((element.attribs['data-suggestion-type'] ?? '').toLowerCase() === 'insertion') return true;
  const tag = element.name.toLowerCase();
  if (tag === 'a') return /^#cmnt\d+$/i.test(element.attribs.href ?? '');
  if (tag === 'sup') return element.children.length > 0 && element.children.every((c) => (c as Element).name === 'a' && isReviewMarkup(c as Element));
  if (tag === 'div') return opensWithCommentLink(element);
  return false;
}

/** A comment's block: its first link points back to a comment anchor in the text. */
function opensWithCommentLink(element: Element): boolean {
  for (const child of element.children) {
    const el = child as Element;
    if (!el.name) {
      if ('data' in child && String(child.data).trim()) return false;
      continue;
    }
    if (el.name.toLowerCase() === 'a') return /^#cmnt_ref\d+$/i.test(el.attribs.href ?? '');
    return opensWithCommentLink(el);
  }
  return false;
}
