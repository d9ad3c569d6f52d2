/**
 * A rooming list written on one line, each room's guests closed by its room type's code in brackets
 * ("Ann Lee (K) Bo Ek + Cy Dahl (DQ) Di Fox (K)"): the runs between the codes are the rooms, and the
 * names a room shares are joined by "+" or "&"; each name is read on its own, so none runs into the next.
 */
const ROOM_TYPE_CODE = /\s*\([A-Z]{1,4}\)\s*/g;
/** Two rooms at least: one bracket may be any remark. */
const MIN_ROOMS = 2;

/** The guests' names of a one-line rooming list, with their spans; null for any other value. */
export function roomTypeRuns(l: { value: string; span: [number, number] }): { value: string; span: [number, number] }[] | null {
  const codes = [...l.value.matchAll(ROOM_TYPE_CODE)];
  if (codes.length < MIN_ROOMS || l.value.slice(codes.at(-1)!.index + codes.at(-1)![0].length).trim()) return null;
  let from = 0;
  return codes.map((code) => {
    const raw = l.value.slice(from, code.index);
    const at = from + raw.search(/\S|$/);
    from = code.index + code[0].length;
    return { value: raw.trim(), at: l.span[0] + at };
  }).flatMap((room) => namesOf(room.value, room.at));
}

const SHARED = /\s+[+&]\s+/g;

function namesOf(room: string, at: number): { value: string; span: [number, number] }[] {
  const names: { value: string; span: [number, number] }[] = [];
  let from = 0;
  for (const cut of [...room.matchAll(SHARED), null]) {
    const value = room.slice(from, cut ? cut.index : room.length);
    if (value) names.push({ value, span: [at + from, at + from + value.length] });
    if (cut) from = cut.index + cut[0].length;
  }
  return names;
}
