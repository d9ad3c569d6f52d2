/** Free text and person names, normalised as the contract says: trimmed, single spaces, as written. */

export function normaliseText(text: string | null | undefined): string | null {
  const t = (text ?? '').replace(/\s+/g, ' ').trim().replace(/^[,;:–—-]\s*|\s*[,;:–—-]$/g, '');
  return t ? t : null;
}

/** Titles before a name, also the Dutch, French and Spanish ones an airline prints ("Dhr.", "Mevr.", "Mme", "Sr.", "Sra.") and the Malay ones ("Encik", "Puan", "Cik"). */
const HONORIFIC = /^(?:MR|MRS|MS|MISS|MSTR|DR|PROF|HERR|FRAU|SIR|DHR|MEVR|MW|MME|MLLE|SR|SRA|SRTA|SIG|SIG\.RA|SIGRA|SIG\.NA|ENCIK|PUAN|CIK)\.?$/i;

function titleCaseWord(w: string): string {
  // "MCCORMICK" → "McCormick": the Gaelic "Mc" prefix keeps the name's own capital after it.
  return w.toLowerCase().replace(/(^mc|^|[-'’])(\p{L})/gu, (_, p: string, c: string) => (p === 'mc' ? 'Mc' : p) + c.toUpperCase());
}

/**
 * Person names: "SMITH/JOHN MR" → "John Smith", "Mr. John Smith (TM)" → "John Smith"; names written in
 * capitals are title-cased, others kept as written.
 */
export function normalisePersonName(text: string): string | null {
  // "A. Rivera (tour manager)": a bracketed role or remark after the name is not part of it.
  let t = normaliseText(text.replace(/\s*[(\[][^)\]]*[)\]]/g, ' '));
  if (!t) return null;
  // A dash filling an empty name cell ("—", "-", "n/a") names nobody.
  if (!/\p{L}/u.test(t) || /^n\/?a$/i.test(t)) return null;
  const slash = /^([^/]+)\/([^/]+)$/.exec(t);
  if (slash) t = `${slash[2]} ${slash[1]}`;
  const words = t.split(' ').filter((w) => !HONORIFIC.test(w));
  // "Khun Malee", "คุณ Malee": the Thai courtesy title before a name is no part of it.
  if (/^(?:khun|คุณ)$/i.test(words[0] ?? '') && words.length >= 2) words.shift();
  // "Alhaji Sani Bakori", "Malam Tanko Zubairu": the Hausa titles of a pilgrim and a teacher before a full name.
  if (/^(?:alhaji|alhaja|hajiya|malam|mallam|malama)$/i.test(words[0] ?? '') && words.length >= 3) words.shift();
  // "M. Basile Roche": before a full name, "M." is the French "Monsieur", not an initial.
  if (words[0] === 'M.' && words.length >= 3 && !/^\p{L}\.?$/u.test(words[1]!)) words.shift();
  // Digits, an e-mail or a colon ("VENUE CONTACTS: see day sheets") make it a note, not a name.
  if (!words.length || words.some((w) => /\d|@|:/.test(w))) return null;
  const shouting = words.join(' ') === words.join(' ').toUpperCase();
  return words.map((w) => (shouting ? titleCaseWord(w) : w)).join(' ');
}
