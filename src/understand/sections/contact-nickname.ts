/**
 * "Roberto "Bobby" Villanueva": a signature writes the given name with the nickname the person goes by in
 * quotes. The person is named as they go by, "Bobby Villanueva" (as their mail's From: header names them).
 * The text keeps its length (blanks before the nickname), so offsets still hold.
 */
const QUOTED_NICKNAME = /(?<![\p{L}])\p{Lu}\p{Ll}+[ \t]+["“„']\p{Lu}[\p{L}'’-]*["”'][ \t]+(?=\p{Lu})/gu;

export function withNicknames(text: string): string {
  return text.replace(QUOTED_NICKNAME, (m) => {
    const nick = /["“„'](\p{Lu}[\p{L}'’-]*)["”']/u.exec(m)![1]!;
    return `${' '.repeat(m.length - nick.length - 1)}${nick} `;
  });
}
