/**
 * Maltese addresses, which often carry no house number and end with the locality's postcode of three
 * capitals and four digits: "Triq il-Kbira, Sliema SLM 1022", "Old Mill Road, St Paul's SPB 4410",
 * "7, Triq San Pawl, Rabat RBT 1234". The street (up to six words, Maltese articles "il-", "ta'" in
 * lower case), a comma, the locality (one to three capitalised words) and the postcode. The Latin-script
 * reader of phrases.ts needs a house number, which these lack.
 */
import type { Hit } from './phrases.js';

const MALTESE_ADDRESS = /(?<![\p{L}\d])(?:\d{1,3}[a-z]?,?[ \t]+)?\p{Lu}[\p{L}'’.-]*(?:[ \t]+[\p{L}'’.-]+){0,5},[ \t]*\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2}[ \t]+[A-Z]{3}[ \t]?\d{4}(?![\p{L}\d])/gu;

/**
 * Malta Post's locality codes: only these make a postcode, so "…, Berlin EUR 2400" (an amount) or
 * "…, London LHR 1234" is no Maltese address.
 */
const LOCALITY_CODES = new Set([
  'ATD', 'BBG', 'BKR', 'BML', 'BRG', 'BZN', 'DGL', 'FGR', 'FNT', 'GDJ', 'GHR', 'GXQ', 'GZR', 'HMR', 'IKL', 'ISL', 'KKP', 'KKR',
  'LJA', 'LQA', 'MDN', 'MGR', 'MLH', 'MQB', 'MRS', 'MSD', 'MSK', 'MST', 'MTF', 'MXK', 'NXR', 'PBK', 'PLA', 'PTA', 'QRD', 'QRM',
  'RBT', 'SFI', 'SGN', 'SGW', 'SLC', 'SLM', 'SPB', 'STJ', 'SVR', 'SWQ', 'TXB', 'TXN', 'VLT', 'XJR', 'ZBG', 'ZBR', 'ZRQ', 'ZTN',
  // Gozo and Comino
  'FTN', 'GRB', 'GSM', 'GSR', 'KCM', 'MXR', 'NDR', 'QLA', 'SLW', 'SNT', 'VCT', 'XRA', 'XWK', 'ZBB',
]);

const POSTCODE_AT_END = /\s+([A-Z]{3})\s?\d{4}$/;

/** "Sliema SLM 1022": the text ends with a Maltese locality's postcode. */
export function endsWithMaltesePostcode(text: string): boolean {
  const code = POSTCODE_AT_END.exec(text)?.[1];
  return code !== undefined && LOCALITY_CODES.has(code);
}

export function malteseAddresses(text: string): Hit<string>[] {
  return [...text.matchAll(MALTESE_ADDRESS)]
    .filter((m) => endsWithMaltesePostcode(m[0]))
    .map((m) => ({ value: m[0], index: m.index, length: m[0].length }));
}
