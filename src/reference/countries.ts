/**
 * Countries: names in many languages, alpha-2/alpha-3 codes → ISO 3166-1 alpha-2 (i18n-iso-countries).
 * Locales are registered on first use.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import sv from 'i18n-iso-countries/langs/sv.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import nl from 'i18n-iso-countries/langs/nl.json' with { type: 'json' };
import da from 'i18n-iso-countries/langs/da.json' with { type: 'json' };
import nb from 'i18n-iso-countries/langs/nb.json' with { type: 'json' };
import it from 'i18n-iso-countries/langs/it.json' with { type: 'json' };
import pt from 'i18n-iso-countries/langs/pt.json' with { type: 'json' };
import fi from 'i18n-iso-countries/langs/fi.json' with { type: 'json' };
import pl from 'i18n-iso-countries/langs/pl.json' with { type: 'json' };

const LOCALES = [en, de, sv, es, fr, nl, da, nb, it, pt, fi, pl];
let registered = false;

/** Common short forms the library's name lists do not carry. */
const ALIASES: Record<string, string> = {
  uk: 'GB', 'great britain': 'GB', england: 'GB', scotland: 'GB', wales: 'GB', usa: 'US', 'u s a': 'US',
  'united states of america': 'US', holland: 'NL', 'the netherlands': 'NL', czechia: 'CZ',
  // A country's own name where its language's list is not loaded (Estonian "Eesti", Welsh "Cymru").
  eesti: 'EE', cymru: 'GB', latvija: 'LV', lietuva: 'LT',
  // Azerbaijani "Azərbaycan" (its letter "ə" is no accented "e").
  azərbaycan: 'AZ',
  // Kyrgyz and Kyrgyz-Russian "Кыргызстан" (the Russian list says "Киргизия").
  кыргызстан: 'KG',
  // Tajik "Тоҷикистон" and Russian "Таджикистан" (no Cyrillic list is loaded).
  тоҷикистон: 'TJ', таджикистан: 'TJ',
};

/** A state's formal style before its name ("Kingdom of Bhutan", "Republic of Latvia"): the name alone is looked up. */
const FORMAL_STYLE = /^(?:the )?(?:kingdom|republic|sultanate|principality|grand duchy|state) of (?=\p{L})/u;

/**
 * Answers already given: a name lookup scans every locale's list (i18n-iso-countries normalises each
 * name on every call), and person-name checks ask about the same words again and again.
 */
const answers = new Map<string, string | null>();
const MAX_ANSWERS = 10_000;

export function countryCode(text: string): string | null {
  const known = answers.get(text);
  if (known !== undefined) return known;
  const code = lookUp(text);
  if (answers.size >= MAX_ANSWERS) answers.clear();
  answers.set(text, code);
  return code;
}

function lookUp(text: string): string | null {
  if (!registered) {
    for (const l of LOCALES) countries.registerLocale(l);
    registered = true;
  }
  const t = text.trim().replace(/\.$/, '');
  if (!t) return null;
  if (/^[A-Za-z]{2}$/.test(t) && countries.isValid(t.toUpperCase())) return t.toUpperCase();
  if (/^[A-Z]{3}$/.test(t) && countries.isValid(t)) return countries.alpha3ToAlpha2(t) ?? null;
  const key = t.toLowerCase().replace(/[^\p{L} ]/gu, ' ').replace(/\s+/g, ' ').trim();
  if (ALIASES[key]) return ALIASES[key];
  for (const l of LOCALES) {
    const code = countries.getAlpha2Code(t, l.locale);
    if (code) return code;
  }
  const plain = key.replace(FORMAL_STYLE, '');
  return plain !== key ? lookUp(plain) : null;
}
