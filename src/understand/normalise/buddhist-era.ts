/**
 * Thailand and Laos count years in the Buddhist era (B.E. = A.D. + 543): "03.12.2570" is 3 December 2027.
 * In their paperwork a written year from 2443 on (1900 A.D.) is no A.D. year a show speaks of, so it is read as B.E.
 */
export const BUDDHIST_ERA_OFFSET = 543;
const FIRST_BUDDHIST_YEAR = 1900 + BUDDHIST_ERA_OFFSET;

/** The A.D. year of a year written in Thai or Lao paperwork, a Buddhist-era one taken back by 543. */
export function christianEraYear(year: number): number {
  return year >= FIRST_BUDDHIST_YEAR ? year - BUDDHIST_ERA_OFFSET : year;
}
