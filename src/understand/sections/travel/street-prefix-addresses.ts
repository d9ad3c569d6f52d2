/**
 * Addresses whose street word comes first and whose name may stand in quotation marks, as Bulgarian,
 * Ukrainian, Russian and Hebrew write them: "ул. „Шипка“ 6, 1504 София", "бул. „Витоша“ 1", "שדרות רוטשילד 8, תל
 * אביב", "רחוב הירקון 20". The street word, up to four words of its name, the house number, then
 * an optional postcode and the city (one or two words of that script). Macedonian marks the house
 * number with "бр." ("ул. Илинденска бр. 12, 1000 Скопје"). The Latin-script readers of
 * phrases.ts key on capitals and suffixes these scripts do not have.
 */
import type { Hit } from './phrases.js';

const BULGARIAN = String.raw`(?<!\p{L})(?:ул|бул|пл|ж\.к)\.[ \t]*(?:„[^“”"\n]{2,40}[“”"]|\p{Script=Cyrillic}[\p{Script=Cyrillic}-]*(?:[ \t]+\p{Script=Cyrillic}[\p{Script=Cyrillic}-]*){0,3})[ \t]+(?:бр\.[ \t]*)?\d{1,4}[а-я]?(?:,[ \t]*(?:\d{4}[ \t]+)?\p{Lu}\p{Script=Cyrillic}+(?:[ \t]+\p{Lu}\p{Script=Cyrillic}+)?(?![\p{L}\d]))?`;
const HEBREW = String.raw`(?<!\p{L})(?:רחוב|רח'|שדרות|שד'|דרך|סמטת|כיכר)[ \t]+\p{Script=Hebrew}[\p{Script=Hebrew}"'-]*(?:[ \t]+\p{Script=Hebrew}[\p{Script=Hebrew}"'-]*){0,3}[ \t]+\d{1,4}(?:,[ \t]*(?:\d{5,7}[ \t]+)?\p{Script=Hebrew}{2,}(?:[ \t]+\p{Script=Hebrew}{2,})?(?![\p{L}\d]))?`;
/** Ukrainian: "вул. Садова 12, 65000 Одеса", "просп. Свободи 28", "пл. «Ринок» 1" (five-digit postcodes). */
const UKRAINIAN = String.raw`(?<!\p{L})(?:вул|просп|бульв|пров|пл)\.[ \t]*(?:«[^»\n]{2,40}»|\p{Script=Cyrillic}[\p{Script=Cyrillic}ʼ'’-]*(?:[ \t]+\p{Script=Cyrillic}[\p{Script=Cyrillic}ʼ'’-]*){0,3})[ \t]+\d{1,4}(?:[а-яі](?!\p{L}))?(?:,[ \t]*(?:\d{5}[ \t]+)?\p{Lu}\p{Script=Cyrillic}+(?:[ \t]+\p{Lu}\p{Script=Cyrillic}+)?(?![\p{L}\d]))?`;
/**
 * Russian: "ул. Лесная, 14", "пр. Мира, 5, г. Самара", "ул. Лесная, д. 14": the house number after a comma,
 * then optionally the town with its mark ("г."), or with its six-digit postcode ("Бишкек 720040", "720040 Бишкек"),
 * and the country closing the line ("…, Бишкек 720040, Кыргызстан").
 */
const RU_TOWN = String.raw`\p{Lu}\p{Script=Cyrillic}+(?:[ \t-]+\p{Lu}\p{Script=Cyrillic}+)?`;
const RUSSIAN = String.raw`(?<!\p{L})(?:ул|пр|просп|пер|б-р|наб|ш)\.[ \t]*\p{Lu}[\p{Script=Cyrillic}-]*(?:[ \t]+\p{Script=Cyrillic}[\p{Script=Cyrillic}-]*){0,3},[ \t]*(?:д\.[ \t]*)?\d{1,4}(?:[а-я](?!\p{L}))?(?:,[ \t]*(?:(?:\d{6},[ \t]*)?г\.[ \t]*${RU_TOWN}|${RU_TOWN}[ \t]+\d{6}|\d{6}[ \t]+${RU_TOWN})(?![\p{L}\d])(?:,[ \t]*\p{Lu}\p{Script=Cyrillic}+(?=[ \t]*(?:[\n;)|]|$)))?)?`;
const STREET_FIRST = new RegExp(`${BULGARIAN}|${UKRAINIAN}|${RUSSIAN}|${HEBREW}`, 'gu');

export function streetFirstAddresses(text: string): Hit<string>[] {
  return [...text.matchAll(STREET_FIRST)].map((m) => ({ value: m[0], index: m.index, length: m[0].length }));
}
