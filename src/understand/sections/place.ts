/**
 * Addresses: the city and country they name. "Rheinweg 12, 79539 Lörrach" → Lörrach;
 * "Havnegade 4, 8000 Aarhus C, Denmark" → Aarhus, DK; "9 Mill Lane, Leeds LS1 4AB" → Leeds.
 * The city is the last comma part that is not a country, without its postcode (before it: digits,
 * Dutch "1019 BM", "SE-"; after it: British outward/inward codes, a US state and ZIP code "NY 11217",
 * an Australian state and postcode "VIC 3056", a Brazilian state "– PR" and CEP "80510-220")
 * or a postal district ("C", "NV").
 * A city the reference data does not know (a local name, an OCR slip) takes the country its
 * address's form names: a street word with that country's postcode ("Storgatan 12, 931 30 …").
 */
import { airportCodesForCity, countryCode, countryOfCity } from '../../reference/index.js';
import { armenianPlace, isArmenia } from './place-armenian.js';
import { endsWithMaltesePostcode } from './travel/maltese-addresses.js';
import { countryOfPostcode } from '../normalise/postcode-country.js';
import { cyrillicCountry, townBeforeMark, withoutTownMark } from './place-cyrillic.js';
import { countryOfVietnameseCity } from '../normalise/vietnamese-city.js';
import { IN_STATE_PIN } from './place-indian-state.js';
import { ZA_PROVINCE } from './place-za-province.js';
import { MX_STATE } from './place-mx-state.js';
import { UK_COUNTY } from './place-uk-county.js';

export interface Place {
  city: string | null;
  country: string | null;
  /** Where the city sits within the address text. */
  cityIndex: number | null;
}

// A country's letters may open it, joined or not ("D-10115", "AZ1003").
const LEADING_POSTCODE = /^(?:[A-Z]{1,2}[- ]?)?(?:\d{4}-\d{3}|\d{2}-\d{3}|\d{3,5}(?:\s?\d{2})?)(?:\s?[A-Z]{2}(?=\s))?\s+/;
// British outward/inward codes, Irish Eircodes ("D07 X2Y3"), four to six digits, a Japanese "100-0005" (a romanised address ends "Tokyo 100-0005").
const TRAILING_POSTCODE = /\s+(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y\d]{4}|\d{4,6}|\d{3}-\d{4})$/;
const BRITISH_POSTCODE = /\s[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/;
/** "Sliema SLM 1022": Malta's postcode, three capitals and four digits, after the locality. */
const MALTESE_POSTCODE = /\s+[A-Z]{3}\s?\d{4}$/;
/** "Dublin 7", "Dublin 6W": a known city's numbered postal district. */
const NUMBERED_DISTRICT = /\s+\d{1,2}[A-Z]?$/;
const DISTRICT = /\s+(?:[NS][VØ]|[A-ZÆØÅ])$/;
/** The Turkish form names the district before the city: "Kadıköy / İstanbul" (the city after the last slash). */
const DISTRICT_SLASH_CITY = /^\p{L}[^/]*\s\/\s(\p{Lu}[\p{L}' -]*\p{L})$/u;
/** An Italian province after the city: "Padova (PD)". */
const PROVINCE = /\s+\([A-Z]{2}\)$/;
/**
 * A province's name after a known city: Spanish "Alicante (Alicante)". A bracket that is part of the
 * town's own name ("Lauf (Pegnitz)", "Weiden (Oberpfalz)") stays: the name without it is no known city.
 */
const PROVINCE_NAME = /\s+\(\p{Lu}[\p{L}' -]{2,30}\)$/u;
/** "Brooklyn, NY 11217": a US state's code and ZIP code after the city (a part of its own, or the city's end). */
const US_STATE_ZIP = /(?:^|\s+)(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\s+\d{5}(?:-\d{4})?$/;
/**
 * "Curitiba – PR", "Curitiba/PR": a Brazilian state's code after the city, behind a dash or slash. The
 * codes are also countries' ("Madrid - ES", "Stockholm - SE"): Brazilian only beside a CEP or a Brazilian city.
 */
const BR_STATE = /\s*(?:[–—-]|\/)\s*(?:AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO)$/;
/** "80510-220": a Brazilian CEP standing as a part of its own after the city and state. */
const BR_CEP = /^\d{5}-\d{3}$/;
const BR_CEP_IN = /(?<!\d)\d{5}-\d{3}(?!\d)/;
/** "Brunswick VIC 3056": an Australian state's abbreviation and four-digit postcode after the city. */
const AU_STATE_POSTCODE = /(?:^|\s+)(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)\s+\d{4}$/;
/**
 * "Gatineau (Québec) J8X 3Y1", "Toronto ON M5V 2T6", "Ottawa, Ontario K1P 5J2": a Canadian province
 * (bracketed in Quebec's French form, written out, or its code) and postal code after the city.
 */
const CA_PROVINCE_POSTCODE = /(?:^|\s+)(?:\(?(?:Qu[ée]bec|Ontario|Manitoba|Saskatchewan|Alberta|Colombie-Britannique|British Columbia|Nouveau-Brunswick|New Brunswick|Nouvelle-[ÉE]cosse|Nova Scotia)\)?\s+|(?:QC|ON|BC|AB|MB|SK|NS|NB|NL|PE)\s+)?[ABCEGHJ-NPRSTVXY]\d[A-Z][ -]?\d[A-Z]\d$/;
/**
 * The Hungarian form puts the postcode and city first: "7621 Pécs, Király utca 14." (the
 * street after it, named by its street word: utca, út, tér, körút …).
 */
const HU_CITY_FIRST = /^(?:H-)?\d{4}\s+(\p{Lu}[\p{L}-]+)$/u;
const HU_STREET = /(?:utca|út|útja|tér|tere|körút|krt\.|sor|köz|sétány|rakpart|u\.)\s+\d/u;

/** A country's address form: its street words and the postcode before the city. */
const NATIONAL_FORMS: { country: string; street: RegExp; postcode: RegExp }[] = [
  { country: 'SE', street: /\p{L}(?:gatan|v[äa]gen|gr[äa]nd|torget|backen|stigen)\s+\d/iu, postcode: /^(?:SE-?)?\d{3} \d{2}\s/ },
  // "Strandvejen 100": the definite form too.
  { country: 'DK', street: /\p{L}(?:vej(?:en)?|gaden?|str(?:æ|ae)den?|torv(?:et)?)\s+\d/iu, postcode: /^(?:DK-?)?\d{4}\s/ },
  { country: 'NO', street: /\p{L}(?:veien|vegen|gata|gaten|gate)\s+\d/iu, postcode: /^(?:NO-?)?\d{4}\s/ },
  // "12 rue des Tanneurs, 35000 Rennes": the number before the street word; Belgium and Switzerland have four digits.
  { country: 'FR', street: /^\d+(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|place|quai|all[ée]e|impasse|chemin|cours|mont[ée]e|passage|route)\s/iu, postcode: /^(?:F-)?\d{5}\s/ },
  // "Hauptstraße 5, 01127 Dresden": Austria and Switzerland have four digits.
  { country: 'DE', street: /\p{L}(?:stra(?:ß|ss)e|str\.|weg|gasse|allee|platz|ring|damm|ufer)\s+\d/iu, postcode: /^(?:D-)?\d{5}\s/ },
  { country: 'IT', street: /^(?:via|viale|piazza|piazzale|corso|largo|vicolo)\s+\p{L}/iu, postcode: /^(?:I-)?\d{5}\s/ },
  // "Εγνατίας 40, 546 25 Θεσσαλονίκη": a street in Greek script, a five-digit postcode ("546 25") before a
  // Greek-script city (Cyprus writes four digits).
  { country: 'GR', street: /^\p{Script=Greek}[\p{Script=Greek}. ]*\s\d+[α-ω]?$/u, postcode: /^\d{3} ?\d{2}\s+\p{Script=Greek}/u },
  // "3 Quay Walk, Dublin 1" / "…, Cork T12 AB34": a numbered postal district or an Eircode after the city.
  // "Moda Cad. No: 41, 34710 Kadıköy / İstanbul": a quarter (Mah.), avenue (Cad.) or street (Sok.) and a five-digit postcode.
  { country: 'TR', street: /\p{L}\s(?:mah(?:allesi)?|cad(?:desi)?|sok(?:a[ğg][ıi])?|bulvar[ıi]|blv)\.?(?:\s|$)/iu, postcode: /^\d{5}\s/ },
  { country: 'IE', street: /^\d+[a-z]?\s+\p{L}/iu, postcode: /^\p{L}[\p{L} ]*\s(?:\d{1,2}W?|[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y\d]{4})$/u },
];

function countryOfForm(streets: string[], cityPart: string): string | null {
  const form = NATIONAL_FORMS.find((f) => f.postcode.test(cityPart) && streets.some((s) => f.street.test(s)));
  return form?.country ?? null;
}

export function placeOf(address: string): Place {
  const parts = address.split(',').map((p) => p.trim()).filter(Boolean);
  let country: string | null = null;
  let i = parts.length - 1;
  if (parts.length > 1) {
    const c = countryCode(parts[i]!.replace(/\.$/, '')) ?? cyrillicCountry(parts[i]!);
    if (c) { country = c; i--; }
  }
  // "ՀՀ, ք. Վանաձոր 2001, …": an Armenian address names its city after "ք.", country first (place-armenian.ts).
  const armenian = armenianPlace(address, parts, country ?? (parts.some(isArmenia) ? 'AM' : null));
  if (armenian) return armenian;
  // "Ош ш., Ленин көчөсү, 12": the part its town mark follows is the city, wherever it stands (place-cyrillic.ts).
  const markedTown = parts.length > 1 ? parts.slice(0, i + 1).map(townBeforeMark).find(Boolean) : null;
  if (markedTown) return { city: markedTown, country: country ?? countryOfCity(markedTown), cityIndex: address.indexOf(markedTown) };
  for (; i >= 0; i--) {
    const written = parts[i]!.replace(/\.$/, '');
    if (BR_CEP.test(written)) { country ??= 'BR'; continue; }
    // "…, Mbombela 1201, Mpumalanga": a South African province after the town (place-za-province.ts).
    if (parts.length > 1 && ZA_PROVINCE.test(written)) { country ??= 'ZA'; continue; }
    // "…, C.P. 97000, Mérida, Yucatán": a Mexican state after the city (place-mx-state.ts).
    if (i > 0 && MX_STATE.test(written) && !/\d/.test(parts[i - 1]!)) { country ??= 'MX'; continue; }
    const br = BR_STATE.test(written) && (country === 'BR' || BR_CEP_IN.test(address) || countryOfCity(written.replace(BR_STATE, '')) === 'BR');
    if (br) country ??= 'BR';
    const us = US_STATE_ZIP.test(written);
    const au = AU_STATE_POSTCODE.test(written);
    const ca = CA_PROVINCE_POSTCODE.test(written);
    if (us) country ??= 'US';
    if (au) country ??= 'AU';
    if (ca) country ??= 'CA';
    // "Telangana 506002": an Indian state and PIN code (place-indian-state.ts); the city stands before it.
    const india = IN_STATE_PIN.test(written);
    if (india) country ??= 'IN';
    const part = written.replace(BR_STATE, '').replace(US_STATE_ZIP, '').replace(AU_STATE_POSTCODE, '').replace(CA_PROVINCE_POSTCODE, '').replace(IN_STATE_PIN, '');
    const maltese = endsWithMaltesePostcode(part);
    const hasPostcode = us || au || ca || br || india || maltese || LEADING_POSTCODE.test(part) || TRAILING_POSTCODE.test(part);
    let city = withoutTownMark(maltese ? part.replace(MALTESE_POSTCODE, '') : part).replace(LEADING_POSTCODE, '').replace(TRAILING_POSTCODE, '').replace(DISTRICT, '').replace(PROVINCE, '').trim();
    const unprovinced = city.replace(PROVINCE_NAME, '');
    if (unprovinced !== city && countryOfCity(unprovinced)) city = unprovinced;
    // "34710 Moda – Kadıköy / İstanbul": after the postcode, the district, then the city after a slash.
    const slashed = hasPostcode ? DISTRICT_SLASH_CITY.exec(city) : null;
    if (slashed) city = slashed[1]!;
    const undistricted = city.replace(NUMBERED_DISTRICT, '');
    if (undistricted !== city && airportCodesForCity(undistricted).length) city = undistricted;
    // A street ("Rheinweg 12") is not a city: a city has no digits and, in a one-part address, a postcode.
    if (!city || /\d/.test(city) || (i === 0 && parts.length > 1) || (!hasPostcode && parts.length === 1)) continue;
    // "…, Little Hadham, Hertfordshire SG11 2AB": the county before a British postcode names no city; the part before it does.
    if (parts.length > 2 && BRITISH_POSTCODE.test(part) && UK_COUNTY.test(city)) { country ??= 'GB'; continue; }
    // A British postcode after the city says GB, though a town of that name elsewhere has the airport ("Glasgow");
    // so does a Dutch one ("1861 BM Bergen", not the Norwegian city) say NL, and a Maltese one MT.
    const british = BRITISH_POSTCODE.test(part) ? 'GB' : null;
    const dutch = countryOfPostcode(part) === 'NL' ? 'NL' : null;
    return { city, country: country ?? british ?? dutch ?? (maltese ? 'MT' : null) ?? countryOfCity(city) ?? countryOfVietnameseCity(city) ?? countryOfForm(parts.slice(0, i), part), cityIndex: slashed ? address.lastIndexOf(city) : address.indexOf(city) };
  }
  const cityFirst = parts.length > 1 ? HU_CITY_FIRST.exec(parts[0]!) : null;
  if (cityFirst && parts.slice(1).some((p) => HU_STREET.test(p))) {
    return { city: cityFirst[1]!, country: country ?? 'HU', cityIndex: address.indexOf(cityFirst[1]!) };
  }
  return { city: null, country, cityIndex: null };
}

/**
 * Whether a found address is a street's and not a count or an amount the address pattern also takes
 * ("6 Personen", "500 USD", "2 twins at …"): one that starts with its number needs a postcode or city
 * part after a comma ("12 Potato Wharf, Manchester").
 */
export function isStreetAddress(address: string): boolean {
  return !/^\d/.test(address) || address.includes(',');
}
