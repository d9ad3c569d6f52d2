/**
 * Job titles of Nepali and Hindi (Devanagari), Urdu (Arabic script), Uzbek (Latin) and Kyrgyz (Cyrillic) contact lists, and
 * the names those scripts write without capitals. Nepali and Urdu sheets mostly borrow the English title
 * ("प्रोडक्सन म्यानेजर", "پروڈکشن منیجر"); Uzbek writes "festival prodyuseri", "texnik direktor", "tur menejeri".
 */

// Bounded by letters and marks of the script: the vowel signs are marks, and `\b` knows neither.
const DEVANAGARI_ROLES = /(?<![\p{L}\p{M}])(?:म्यानेजर|मैनेजर|प्रमोटर|प्रोड्युसर|इन्जिनियर|इंजीनियर|चालक|ड्राइभर|ड्राइवर|रनर|हस्पिटालिटी|संयोजक|समन्वयक|प्रबन्धक|प्रबंधक)(?![\p{L}\p{M}])/u;
const URDU_ROLES = /(?<![\p{L}\p{M}])(?:منیجر|مینیجر|ڈرائیور|کوآرڈینیٹر|کوارڈینیٹر|پروڈیوسر|پروموٹر|انجینئر|انجینیئر|رنر)(?![\p{L}\p{M}])/u;
// With Uzbek's possessive "-i" ("prodyuseri", "menejeri"); "ʼ" and "ʻ" are letters of the alphabet ("oʻ", "gʻ").
const UZBEK_ROLES = /(?<![\p{L}ʼʻ'])(?:prodyuser|direktor|menejer|muhandis|haydovchi|koordinator|administrator)i?(?![\p{L}ʼʻ'])/iu;

// Kyrgyz (Cyrillic) own words, the Russian loans ("промоутер", "тур-менеджер", "директор") being Russian's: driver,
// organiser, sound engineer, with the possessive "-су"/"-у" ("айдоочусу", "үн режиссеру").
const KYRGYZ_ROLES = /(?<![\p{L}])(?:айдоочу(?:су)?|уюштуруучу(?:су)?|үн режиссеру?)(?![\p{L}])/iu;

export function isAsianRole(text: string): boolean {
  return DEVANAGARI_ROLES.test(text) || URDU_ROLES.test(text) || UZBEK_ROLES.test(text) || KYRGYZ_ROLES.test(text);
}

/** A word of Devanagari, Bengali or Arabic script (with its vowel signs): scripts without capitals. */
const CASELESS_WORD = /^(?:[\p{Script=Devanagari}\p{M}]{2,}|[\p{Script=Bengali}\p{M}]{2,}|[\p{Script=Arabic}\p{M}]{2,})$/u;

/**
 * A name of two to four words (or `fewest`) in a script without capitals ("बिकास थापा", "ثناء رحمان"), no job title
 * among them: only where the layout already says the cell holds a person (a contact row's name column).
 */
export function isCaselessName(text: string, fewest = 2): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= fewest && words.length <= 4 && words.every((w) => CASELESS_WORD.test(w)) && !isAsianRole(text);
}
