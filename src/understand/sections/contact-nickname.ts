/**
 * "Roberto "Bobby" Villanueva": a signature writes the given name with the nickname the person goes by in
 * quotes. The person is named as they go by, "Bobby Villanueva" (as their mail's From: header names them);
 * when the same source writes the full name without the nickname ("From: Roberto Villanueva"), that is how
 * they name themself, and the nickname is dropped instead. The text keeps its length (blanks replace the
 * dropped words), so offsets still hold.
 */
const QUOTED_NICKNAME = /(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]+)[ \t]+["“„']\p{Lu}[\p{L}\p{M}'’-]*["”'][ \t]+(?=(\p{Lu}[\p{L}\p{M}'’-]*))/gu;

export function withNicknames(text: string, whole = ''): string {
  return text.replace(QUOTED_NICKNAME, (m, given: string, surname: string) => {
    if (whole.includes(`${given} ${surname}`)) return `${given}${' '.repeat(m.length - given.length)}`;
    const nick = /["“„'](\p{Lu}[\p{L}\p{M}'’-]*)["”']/u.exec(m)![1]!;
    return `${' '.repeat(m.length - nick.length - 1)}${nick} `;
  });
}
