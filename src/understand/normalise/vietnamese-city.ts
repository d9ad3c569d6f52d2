/**
 * Vietnamese cities as Vietnamese addresses write them: after "TP." / "Thành phố" (city) or "Tỉnh"
 * (province), with the tones and "đ" ("TP. Cần Thơ", "Thành phố Đà Nẵng", "Hà Nội"). The gazetteer knows
 * them by their English names ("Can Tho", "Da Nang", "Hanoi", "… City"): the city's country is looked
 * up by those forms. The city itself is kept as written.
 */
import { countryOfCity } from '../../reference/index.js';

const CITY_MARK = /^(?:tp\.?|thành phố|thanh pho|tỉnh|tinh)\s+/iu;
/** A Vietnamese city mark or a letter only Vietnamese writes: ơ, ư, đ, or a tone on a vowel (ạ, ả, ế …). */
const VIETNAMESE = /^(?:tp\.?|thành phố|tỉnh)\s|[ơưđĐƠƯ\u1EA0-\u1EF9]/u;

export function countryOfVietnameseCity(city: string): string | null {
  if (!VIETNAMESE.test(city.trim())) return null;
  const plain = city.trim().replace(CITY_MARK, '').replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D')).normalize('NFKD').replace(/\p{M}/gu, '');
  for (const form of [plain, `${plain} City`, plain.replace(/\s+/g, '')]) {
    const country = countryOfCity(form);
    if (country) return country;
  }
  return null;
}
