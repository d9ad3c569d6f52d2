/**
 * A web mail's reading pane copied as text puts the sender's avatar, their initials, on a line of its own
 * over their name and address ("PB" over "Paul Berthet <paul@…>"). The initials are no word of the name:
 * read as prose they run into it ("PB Paul Berthet") and the name is lost.
 */

/** Whether `line` is two or three capitals alone that are the initials of the name opening the `next` line. */
export function isAvatarInitials(line: string, next: string | undefined): boolean {
  const initials = /^\s*(\p{Lu}{2,3})\s*$/u.exec(line)?.[1];
  next = next?.trim();
  if (!initials || !next) return false;
  const words = /^(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){1,2})(?=\s*(?:<|$))/u.exec(next)?.[1]?.split(/\s+/);
  return !!words && words.length === initials.length && words.every((w, k) => w[0] === initials[k]);
}
