/**
 * A festival's running order lists every act of the stage and marks the reader's own row with an
 * arrow pointing at them: "21:15 – 22:30 ⇥ BAND ⇥ ← vous", "<- you", "◄ YOU". The mark is no place;
 * it says which act's set is the show's.
 */
const OWN_ROW_MARK = /^(?:←|⟵|⇐|<-+|<=|◄|◀)\s*(?:vous|nous|you|us|wir|ihr|euch|ustedes|vosotros|nosotros|jullie|jij|wij|voi|noi|du|dere|ni|vi)\s*!?$/iu;

export function marksOwnRow(cell: string): boolean {
  return OWN_ROW_MARK.test(cell.trim());
}
