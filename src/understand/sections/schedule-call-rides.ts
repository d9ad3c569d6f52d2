/**
 * A lobby call whose ride is told after a comma: "lobby call, Marco drives us to LHR", "lobby call, the van
 * takes us to the airport". The call is the ride leaving: it goes from the lobby to the place the clause names.
 */
const CALL_THEN_RIDE = /^(?<name>(?:hotel\s+)?lobby\s+call)\s*,\s*[^,.;]{0,40}?\b(?:drives?|takes?|brings?|runs?)\s+(?:us|you|the\s+band|everyone)\s+to\s+(?:the\s+)?(?<to>[^,.;()]{2,40}?)\s*[.!]?\s*$/iu;

export interface CallRide {
  name: { value: string; index: number };
  from: { value: string; index: number };
  to: { value: string; index: number };
}

/** The ride a lobby-call line tells in `text`, each part with its offset in `text`; the origin is the call's own "lobby". */
export function callRide(text: string): CallRide | null {
  const m = CALL_THEN_RIDE.exec(text);
  if (!m) return null;
  const name = m.groups!.name!;
  const lobby = /lobby/i.exec(name)!;
  return {
    name: { value: name, index: m.index },
    from: { value: lobby[0], index: m.index + lobby.index },
    to: { value: m.groups!.to!, index: text.lastIndexOf(m.groups!.to!) },
  };
}
