/**
 * "mesa Avolites QT40", "FOH desk: Midas M32", "Lichtpult grandMA3": a mixing or lighting desk's model
 * after the desk's word (and its maker's name) looks like a flight number but names gear of a
 * technical listing, never a flight. An airport's desks ("Check-in desk: KL 1234", "Mesa de facturación
 * IB 3166", "the SAS desk SK 1415") are desks too, so the line must also name sound or light.
 */
const DESK_BEFORE = /(?<!\p{L})(?:desk|console|consola|consol|mesa|pult|lichtpult|mischpult|mixer|mixage|mengpaneel|tavolo)(?:\s+(?:de|di|da|of)\s+\p{L}+)?\s*:?\s+(?:\p{L}[\p{L}&.-]*\s+){0,2}$/iu;

/** A word of sound or light ("FOH", "Iluminación", "mesa de luces"), or a desk word that is one itself. */
const SOUND_OR_LIGHT = /(?<!\p{L})(?:foh|pa|lx|monitor(?:es|s)?|sound|audio|mixing|lighting|lights?|son|sonido|som|suono|ton|geluid|licht|beleuchtung|belichting|luces|luz|luci|luce|lumi[eè]res?|[ée]clairage|iluminaci[oó]n|ilumina[cç][aã]o|lichtpult|mischpult|mixer|mixage|mengpaneel)(?!\p{L})/iu;

/** Whether the code at `at` of `text` is a desk's model named after the desk's word. */
export function isDeskModel(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const line = text.slice(lineStart, at);
  return DESK_BEFORE.test(line.slice(-60)) && SOUND_OR_LIGHT.test(line);
}
