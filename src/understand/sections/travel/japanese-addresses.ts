/**
 * Japanese addresses written in Latin letters: the block numbers first, joined by hyphens (chōme-banchi-gō),
 * then the district, the ward or town ("-ku", "-shi", "-cho"), the city and the seven-digit postcode:
 * "3-8-12 Minamisenba, Chuo-ku, Kobe 650-0012", "2F, 5-1 Sakaemachi, Naka-ku, Nagoya". A floor may open it
 * ("2F, ", "B1F, "). The Latin-script reader of phrases.ts would take "12 Minamisenba" for the house number and
 * street, dropping the blocks before it.
 */
import type { Hit } from './phrases.js';

const PART = String.raw`\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*)?`;
const JAPANESE_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\d-])(?:B?\d{1,2}F,[ \t]*)?\d{1,2}-\d{1,3}(?:-\d{1,3})?[ \t]+${PART}(?:,[ \t]*${PART}-(?:ku|shi|cho|machi|gun|mura))+(?:,[ \t]*${PART})?(?:[ \t]+\d{3}-\d{4})?(?![\p{L}\d])`,
  'gu',
);

export function japaneseAddresses(text: string): Hit<string>[] {
  return [...text.matchAll(JAPANESE_ADDRESS)].map((m) => ({ value: m[0], index: m.index, length: m[0].length }));
}
