/**
 * Armenian addresses name the city after "ք." (քաղաք, city), country first and street last:
 * "ՀՀ, ք. Վանաձոր 2001, Տիգրան Մեծի փ. 4" or "ք. Վանաձոր, Տիգրան Մեծի փ. 4". "ՀՀ" (the Republic of
 * Armenia) or "Հայաստան" names the country; a "ք." city whose address names no other country is in Armenia.
 */
import type { Place } from './place.js';

const CITY_MARK = /^ք\.\s*(\p{Lu}\p{Script=Armenian}+(?:[ -]\p{Lu}\p{Script=Armenian}+)?)(?:\s+\d{4})?$/u;
const ARMENIA = /^(?:ՀՀ|Հայաստան|Հայաստանի Հանրապետություն)$/u;

/** "ՀՀ", "Հայաստան": Armenia, as an Armenian address writes it. */
export const isArmenia = (part: string): boolean => ARMENIA.test(part.trim());

/** The city of an address whose comma part reads "ք. City" (maybe with its postcode), and its country; null for any other address. */
export function armenianPlace(address: string, parts: string[], writtenCountry: string | null): Place | null {
  for (const part of parts) {
    const city = CITY_MARK.exec(part)?.[1];
    if (city) return { city, country: writtenCountry ?? 'AM', cityIndex: address.indexOf(city, address.indexOf(part)) };
  }
  return null;
}

/** "ք. Վանաձոր, Տիգրան Մեծի փ. 4", "ՀՀ, ք. Գյումրի 3101, Աբովյան փողոց 7": the city, then the street with its word and house number. */
const ARMENIAN_ADDRESS = /(?:ՀՀ,[ \t]*)?ք\.[ \t]*\p{Lu}\p{Script=Armenian}+(?:[ \t]+\d{4})?,[ \t]*(?:\p{Lu}[\p{Script=Armenian}-]*[ \t]+){1,3}(?:փ\.|փողոց|պող\.|պողոտա|նրբ\.|նրբանցք)[ \t]*\d{1,4}(?:[/-]\d{1,3})?/gu;

/** Armenian addresses written city first in running text, as { value, index, length } hits. */
export function armenianAddresses(text: string): { value: string; index: number; length: number }[] {
  return [...text.matchAll(ARMENIAN_ADDRESS)].map((m) => ({ value: m[0], index: m.index, length: m[0].length }));
}
