/**
 * Reading a person's details out of a run of text: "Greta Aalto, Zollhaus Kultur GmbH,
 * +49 7621 555 0190, greta@zollhaus.example.de", a signature "Greta Aalto | Booking & Promotion |
 * Zollhaus Kultur GmbH", "Tour Manager, Marrow Lanterns". E-mails and phones are found by pattern
 * and validated; of the remaining parts, a person's name is 2–4 capitalised words, a company carries a
 * legal form (AB, GmbH, Ltd…) or is what is left after the role, and a role has a role word.
 */
import type { Contact, ExtractedSource } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { EMAIL_IN_TEXT, PHONE_IN_TEXT, isWeekdayWord, normaliseEmail, wrappedEmailAt, normalisePersonName as normalisePerson, normalisePhone, normaliseText } from '../normalise/index.js';
import { countryCode, foldText } from '../../reference/index.js';
import { evidenceAt, lineAt, type Line } from '../text/index.js';
import { vouchedPhone } from './phone-vouched.js';
import { namesGeorgianThing } from './georgian-thing-words.js';
import { isAsianRole } from './role-words-asia.js';

/** Legal forms of companies: one list, for LEGAL_FORM and for the organisation pattern (Slovenian, Croatian and Serbian "d.o.o.", "d.d.", Albanian "sh.p.k.", Malaysian "Sdn. Bhd."). */
const LEGAL_FORMS = String.raw`AB|GmbH|gGmbH|GbR|AG|e\.\s?V\.?|Ltd\.?|Limited|LLC|LLP|Inc\.?|B\.V\.?|N\.V\.?|BVBA|BV|NV|S\.L\.?|S\.A\.?|SAS|SARL|ASA|ApS|A\/S|Oy|KG|OHG|UG|plc|Lda\.?|Ltda\.?|S\.r\.l\.|s\.r\.l\.?|S\.R\.L\.?|SRL|Srl|S\.p\.A\.|s\.p\.a\.?|SpA|ehf\.?|d\.\s?o\.\s?o\.?|D\.\s?O\.\s?O\.?|d\.\s?d\.|sh\.\s?p\.\s?k\.?|Sdn\.?\s?Bhd\.?|Bhd\.?|MChJ|PT`;
/** A company's legal form: a part carrying one is a company, whatever else it says. */
// Kyrgyz ("ОсОО"), Bulgarian ("ЕООД", "ООД", "АД"), Macedonian ("ДООЕЛ", "ДОО") and Hebrew ("בע\"מ") forms stand apart: `\b` knows no Cyrillic or Hebrew letter.
const LEGAL_FORM = new RegExp(String.raw`\b(${LEGAL_FORMS})(?=[\s,.]|$)|(?<!\p{L})(ОсОО|ДООЕЛ|ДОО|ЕООД|ООД|ЕАД|АД|ТОО|ООО|ОАО|ЗАО|ПАО|АО|ИП|ТОВ|ФОП|д\.\s?о\.\s?о\.?|בע"מ)(?=[\s,.]|$)`, 'u');
/** Words of company names that are not legal forms; they do not stop a part from being a role. */
const COMPANY_WORD = /\b(Records|Productions?|Producciones|Konzerte|Agency|Agentur|Management|Entertainment|Events?|Live|Festival)\b/;
/** Bulgarian and Hebrew role words, bounded by letters of their own scripts (`\b` knows only ASCII ones). */
const BULGARIAN_HEBREW_ROLES = /(?<![\u0400-\u04FF\u0590-\u05FF])(?:продукция|продуцент|шофьор|агент|букинг|промоция|промоутър|мениджър|техник|звукорежисьор|организатор|координатор|директор|מפיק|מפיקה|הפקה|מנהל הפקה|מנהלת הפקה|נהג|נהגת|סוכן|סוכנת|אמרגן|טכנאי|מנהל במה|רכז|רכזת)(?![\u0400-\u04FF\u0590-\u05FF])/i;
/** Latvian ("producente", "tehniskais vadītājs", "menedžere") and Indonesian ("manajer", "sopir") role words, bounded by letters (`\b` knows no "ā" or "ž"). */
const LATVIAN_INDONESIAN_ROLES = /(?<!\p{L})(?:producent(?:s|e)|menedžer(?:is|e)|\p{L}*vadītāj(?:s|a)|koordinator(?:s|e)|skaņu inženier(?:is|e)|šoferis|manajer|sopir|supir|koordinator acara)(?!\p{L})/iu;
/** Russian and Ukrainian roles ("продюсер проекта", "тур-менеджер", "водитель", "трансферы и логистика"), bounded by letters: `\b` knows no Cyrillic. */
const RUSSIAN_UKRAINIAN_ROLES = /(?<![\u0400-\u04FF])(?:продюсер\p{L}*|менеджер\p{L}*|водител\p{L}*|водій|логистик\p{L}*|логістик\p{L}*|трансфер\p{L}*|звукорежисс[её]р\p{L}*|звукорежисер\p{L}*|администратор\p{L}*|адміністратор\p{L}*|координатор\p{L}*|промоутер\p{L}*|букер|агент|директор\p{L}*|техник|технік)(?![\u0400-\u04FF])/iu;
/** Macedonian role words ("управител", "тон-мајстор", "тур-менаџер", "возач", "продукција"), bounded by Cyrillic letters. */
const MACEDONIAN_ROLES = /(?<![\u0400-\u04FF])(?:управител\p{L}*|тон-?мајстор|тур-?менаџер\p{L}*|менаџер\p{L}*|возач|продукција|осветлувач|техничар|организатор\p{L}*)(?![\u0400-\u04FF])/iu;
// Vietnamese: "Tài xế" (driver), "Phiên dịch" (interpreter), "Quản lý sân khấu" (stage manager), "Điều phối" (coordinator).
const VIETNAMESE_ROLES = /(?<!\p{L})(?:tài xế|lái xe|phiên dịch|thông dịch|quản lý|điều phối|kỹ thuật viên|trưởng ban|hậu cần)(?!\p{L})/iu;
/** Albanian ("menaxher prodhimi", "shoferi") and Malay ("Pengurus Produksi", "Pemandu", "Penganjur") role words, bounded by letters (`\b` knows no "ë"). */
const ALBANIAN_MALAY_ROLES = /(?<!\p{L})(?:menaxher\p{L}*|shofer\p{L}*|prodhim\p{L}*|inxhinier\p{L}*|pengurus|pemandu|penganjur|penyelaras|jurutera|juruteknik)(?!\p{L})/iu;
/** "Linh Tran (Ms.)": an honorific in brackets after the name says how to address the person, no firm. */
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof|herr|frau|mme|mlle|m)\.?$/i;
/** Georgian role words ("პრომოუტერი", "პროდაქშენ მენეჯერი", "რანერი", "მძღოლი", "ხმის ინჟინერი"), bounded by Georgian letters. */
const GEORGIAN_ROLES = /(?<!\p{Script=Georgian})(?:პრომოუტერ\p{L}*|პროდაქშენ\p{L}*|პროდიუსერ\p{L}*|მენეჯერ\p{L}*|რანერ\p{L}*|მძღოლ\p{L}*|ინჟინერ\p{L}*|ტექნიკოს\p{L}*|კოორდინატორ\p{L}*|დირექტორ\p{L}*|აგენტ\p{L}*|ადმინისტრატორ\p{L}*|ორგანიზატორ\p{L}*|ხმის ოპერატორ\p{L}*|განათების ოპერატორ\p{L}*)(?!\p{Script=Georgian})/u;
// Armenian job titles ("պրոդյուսեր", "տուր-մենեջեր", "տեխնիկական տնօրեն", "վարորդ"), with any case ending.
const ARMENIAN_ROLES = /(?<!\p{Script=Armenian})(?:պրոդյուսեր|մենեջեր|տնօրեն|վարորդ|գործակալ|ինժեներ|ռեժիսոր|օպերատոր|համակարգող|ադմինիստրատոր)\p{Script=Armenian}*/iu;
export const ROLE_WORDS = { test: (text: string): boolean => LATIN_ROLE_WORDS.test(text) || ARMENIAN_ROLES.test(text) || BULGARIAN_HEBREW_ROLES.test(text) || LATVIAN_INDONESIAN_ROLES.test(text) || RUSSIAN_UKRAINIAN_ROLES.test(text) || VIETNAMESE_ROLES.test(text) || MACEDONIAN_ROLES.test(text) || ALBANIAN_MALAY_ROLES.test(text) || GEORGIAN_ROLES.test(text) || isAsianRole(text) };
const LATIN_ROLE_WORDS = /\b(\w*manager(?:in)?|agent(?:in)?|buyer|consultant|\w*konsulent|\w*leitung|\w*leiter(?:in)?|\w*ledare|agentur|promoter|promotora?|promotion|production|producción|produktion|producer|producent|bokning|\w+ledning|productor|produtora?|produç[ãa]o|motorista|jef[ea] (?:t[ée]cnic[oa]|de \w+)|group reservations|\w*gruppenreservierung|engineer|booking|booker|driver|fahrer|chauff(?:ö|ø)r|sj[åa]f[øo]r|disponent|disposition|dispatch(?:er)?|ansprechpartner(?:in)?|\w*betreuung|\w*betreuer(?:in)?|tur ?leder|produksjon|ch[oó]fer|liaison|technician|\w*techniker|\w*technik|\w*tekniker|contact|kontakt|contacto|foh|monitors?|merch\w*|coordinat(?:or|ion|eur|rice)|director|h[ée]bergement|head of \w+|assistant|runner|rep|representative|representante|repr[ée]sentant|vertreter|veranstalter|arrang(?:ö|o|oe)r|tour ?leader|tourleiter|responsabile|responsable|chargé|régisseur|r[ée]gie|accueil artistes?|stage ?hand|backliner|lighting|(?:house|in-house|venue|monitor) ?sound|lj|tm|pm|sm|security|hospitality|(?:artist|press|media|public) relations|accounting|settlement|press|pr|programmation|programmering|techniek|programmat(?:eur|rice|ore)|programmer|programming|programmeur|programmchef|\w*ansvarig|\w*ansvarlig|programación|programadora?|programmazione|ufficio \w+|tuottaja|\w*myynti|sales|\w*edustaja|agentti|kuljettaja|kiertuemanageri|\w*vastaava|kierownik|produkcj[ai]|koordynator\w*|mened[żz]er\w*|realizator|akustyk|kierowca|\w*vezet\w*|menedzser\w*|\w*technikus\w*|szervez\w*|interpreter|translator|voza|vozac|tonac|tonski|produktions\w*|zvuk[aá]\w*|osv[ěe]tlova\w*|produkc[ei]|produkcia|[\wáðéíóúýþæö]*stj[óo]ri)\b/i;
// A desk ("Service Réservations", "Our Customer Care", "Travel Desk", Spanish "Servicio de Reservas"), a taxi firm ("Taxi Ostrava") or a booking's status ("Confirmed") names no person, nor does
// German's capitalised "Sie"/"uns" of a notice ("benachrichtigen Sie uns bitte unter …"); nor do company registers and tax numbers (REGISTER;
// Dutch "BTW" only before its number's label or "NL", as English chat writes "btw" for "by the way").
const NOT_NAME = /\b(bic|swift|service|servicio|servizio|customer|kundeservice|kundservice|kundenservice|kundendienst|support|help|helpdesk|desk|hotline|our|your|taxi|taxis|cab|cabs|reservations?|réservations?|hotel|hotell|hotelli|hostel|motel|gjestehus|restaurant|restaurang|venue|street|straße|strasse|gatan|vägen|calle|rue|road|avenue|platz|allee|rua|avenida|travessa|alameda|via|viale|piazza|ulica|tel|phone|mobile|mobil|fax|e-?mail|office|reception|booking|booked|confirmation|confirmed|cancell?ed|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|best|regards|thanks|cheers|sie|ihnen|uns)\b/i;
/** A team or department signs for a desk ("Reservations Team", Polish "Zespół Rezerwacji", "Équipe accueil"): no person. */
const TEAM_WORD = /(?<![\p{L}])(?:team|teams|zesp[oó][lł]|dzia[lł]|rezerwacj\p{L}*|recepcj\p{L}*|abteilung|[ée]quipe|equipo)(?![\p{L}])/iu;
// A UK firm's footer writes its register as "Registered in England & Wales no. 01234567".
const REGISTER = String.raw`(?<![\p{L}])(?:rcs|siret|siren|tva|vat|iban|kvk|cvr|hrb|nif|cif|org\.?\s*nr|ust-?id(?:[.-]?nr)?|uid|dič|ičo?|nip|regon|btw(?=[\s.:-]*(?:nr|nummer|no|id|nl))|abn|p\.?\s?iva|business\s+id|y-tunnus|company\s+(?:no|nr|number|reg(?:istration)?)\.?|registered\s+in\s+[\p{L}& ]{2,30}?,?\s+(?:no|nr|number)\.?)(?![\p{L}])`;
const REGISTER_WORD = new RegExp(REGISTER, 'iu');
const REGISTER_BEFORE = new RegExp(String.raw`${REGISTER}[^\d]{0,20}$`, 'iu');
/** "Ticket # 006 2318845721", "E-ticket: …", "TKT …": an airline ticket's number, whose "00" prefix is no dialling code. */
const TICKET_BEFORE = /(?<![\p{L}])(?:e-?ticket|ticket|tkt|etkt|ticketnummer|biljett(?:nummer)?|billete|billet)(?:\s*(?:no|nr|number|#))?\.?[ \t#:.]{0,4}$/iu;
const PARTICLE = /^(de|del|da|van|von|der|den|la|le|af|av|zu|di|dos|du|ter|ten|y)$/;

/** Whether `text` carries a company's legal form ("Acme Touring LLP", "Nordlicht GmbH"). */
export function hasLegalForm(text: string): boolean {
  return LEGAL_FORM.test(text);
}

/** Whether `after` (the text right after some capitalised words) opens with a legal form: the words were a company's. */
export function legalFormFollows(after: string): boolean {
  return LEGAL_FORM.exec(after.replace(/^,?[ \t]+/, ''))?.index === 0 && /^,?[ \t]+/.test(after);
}

/** Words that name a place, a desk, a team or a firm, never a person ("Hotel", "Venue", "Box Office"). */
export function namesNoPerson(text: string): boolean {
  return NOT_NAME.test(text) || TEAM_WORD.test(text) || COMPANY_WORD.test(text) || LEGAL_FORM.test(text);
}

export function looksLikePersonName(text: string): boolean {
  const t = text.trim();
  if (countryCode(t)) return false;
  if (t.length < 4 || t.length > 48 || NOT_NAME.test(t) || TEAM_WORD.test(t) || REGISTER_WORD.test(t) || LEGAL_FORM.test(t) || COMPANY_WORD.test(t) || /[\d@/\\()&:]/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  // Georgian has no capitals either: a name all in Georgian script ("თამარ გელაშვილი") is a name unless a role,
  // a label's or a show-day item's word is in it ("სასტუმრო …", a hotel).
  if (words.every((w) => GEORGIAN_WORD.test(w))) return !GEORGIAN_ROLES.test(t) && !namesGeorgianThing(t);
  // Hebrew has no capitals: its words stand as a name's do ("דנה כהן"), the geresh of a borrowed sound included.
  // Yoruba or Vietnamese tone marks may stand as combining marks after their letter ("Olúwaṣẹ̀gun").
  return words.every((w) => PARTICLE.test(w) || /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(w) || HEBREW_WORD.test(w)) && /^(?:\p{Lu}|\p{Script=Hebrew})/u.test(words[words.length - 1]!);
}
const HEBREW_WORD = /^\p{Script=Hebrew}{2,}['’]?$/u;
const GEORGIAN_WORD = /^\p{Script=Georgian}{2,}$/u;

/**
 * Capitalised words on one line and in one column, the last one maybe followed by a comma ("Cais
 * Sonoro Producoes, Lda."), then a legal form; Uzbek and Russian put the name in guillemets ("«Sado Yo'li» MChJ").
 */
const ORGANISATION = new RegExp(
  String.raw`«?(?:\p{Lu}[\p{L}'’&-]*[ \u00a0]+(?:(?:of|und|and|de|del|för|&)[ \u00a0]+)?){0,4}\p{Lu}[\p{L}'’&-]*»?,?[ \u00a0]+(?:${LEGAL_FORMS})(?=[\s,;)]|$)`,
  'gu',
);
const WEBMAIL = /^(gmail|googlemail|hotmail|outlook|live|yahoo|icloud|me|gmx|web|aol|proton|protonmail|mail|t-online)$/;

/** Organisations named with their legal form in a text: "Bluepine Booking AB", "Grachtklank B.V.". */
export function organisationsIn(text: string): string[] {
  return [...new Set([...text.matchAll(ORGANISATION)].map((m) => m[0].replace(/\s+/g, ' ').trim()))];
}

/**
 * The organisation an e-mail address belongs to, among `names`: the one whose name, run together,
 * contains the address's domain ("nils@bluepine.se" → "Bluepine Booking AB").
 */
export function organisationOfEmail(email: string, names: string[]): string | null {
  const label = email.split('@')[1]?.split('.')[0] ?? '';
  if (label.length < 4 || WEBMAIL.test(label)) return null;
  const matching = names.filter((n) => domainSpellings(foldText(n).replace(/\s+/g, '')).some((spelt) => spelt.includes(label)));
  // A letterhead in capitals and the same name in running text: the running text keeps its case.
  return matching.find((n) => n !== n.toUpperCase()) ?? matching[0] ?? null;
}

/** Letters no accent-folding reaches, as a domain name spells them: one or two ASCII letters ("Sørlys" → "sorlys" or "soerlys"). */
const SPELT_ONE: Record<string, string> = { ø: 'o', æ: 'a', ß: 's', ł: 'l', đ: 'd', þ: 'th', œ: 'oe' };
const SPELT_TWO: Record<string, string> = { ø: 'oe', æ: 'ae', ß: 'ss', ł: 'l', đ: 'dj', þ: 'th', œ: 'oe' };

/** A folded name as written and in the ASCII spellings a domain may give it. */
function domainSpellings(folded: string): string[] {
  if (!/[øæßłđþœ]/.test(folded)) return [folded];
  return [folded, ...[SPELT_ONE, SPELT_TWO].map((table) => folded.replace(/[øæßłđþœ]/g, (c) => table[c]!))];
}

/** The country a phone number without a country code belongs to: the e-mail's country domain. */
export function countryOfEmail(email: string | null | undefined): string | null {
  const tld = email ? /\.([a-z]{2})$/.exec(email)?.[1] : undefined;
  if (!tld) return null;
  return tld === 'uk' ? 'GB' : tld.toUpperCase();
}

interface Part { text: string; start: number }

/** The noun a job title ends in: "Talent Buyer", "Production Manager", "FOH Engineer" — not a firm's "Nordic Booking". */
const TITLE_NOUN = /(?:^|\s)(?:manager|buyer|agent|engineer|director|coordinator|assistant|promoter|producer|booker|technician|liaison|runner|driver|representative|programmer|supervisor|consultant|tm|pm|\p{L}*leiter(?:in)?|\p{L}*ledare|\p{L}*tekniker|\p{L}*techniker|\p{L}*ansvarig|régisseur|regisseur|programmateur|programmatrice|\p{L}*stjóri)$/iu;

/** A phone's or e-mail's label ("Tel.", "E-mail:", "M"). */
const LINE_LABEL = String.raw`(?:tel|tlf|telefon|phone|mobile|mobil|mob|handy|cell|e-?mail|mail|m|t|e)\.?\s*:?`;
/** What a phone label may say of the line after it: "Tel. direkt", "Phone direct", "Tel. Durchwahl". */
const DIRECT_LINE = String.raw`(?:direkt|direct|dir|durchwahl|diretto|directo|direkte)\.?\s*:?`;
/** A part holding only such labels, each its own word ("TEL  E-mail", "Tel. direkt"; "TM" is no "T" and "M"). */
const LINE_LABELS_ONLY = new RegExp(String.raw`^\s*${LINE_LABEL}(?:\s+(?:${LINE_LABEL}|${DIRECT_LINE}))*\s*$`, 'i');

/** A person's job title: up to four words ending in a title noun ("Production Manager"), without a legal form. */
export function isJobTitle(text: string): boolean {
  const t = text.trim();
  return t.split(/\s+/).length <= 4 && TITLE_NOUN.test(t) && !LEGAL_FORM.test(t);
}

/**
 * "Coordinadora de grupos / Group coordinator": a role written in two languages, its halves cut at the
 * spaced slash, is one role again (when either half is a role word and neither is a person's name).
 */
function joinBilingualRoles(parts: Part[], text: string): void {
  for (let i = parts.length - 2; i >= 0; i--) {
    const [a, b] = [parts[i]!, parts[i + 1]!];
    const between = text.slice(a.start + a.text.length, b.start);
    if (!/^\s+\/\s+$/.test(between) || !(ROLE_WORDS.test(a.text) || ROLE_WORDS.test(b.text))) continue;
    if (looksLikePersonName(a.text) || looksLikePersonName(b.text)) continue;
    parts.splice(i, 2, { text: text.slice(a.start, b.start + b.text.length), start: a.start });
  }
}

/** Words in capitals before a capitalised word in lower case: "TOUR MANAGER " in "TOUR MANAGER Greta Holm". */
const CAPS_HEADING = /^(?:\p{Lu}{2,}\s+)+(?=\p{Lu}\p{Ll})/u;
const LOWER_ROLE_LEAD = /^(?:\p{Ll}[\p{L}-]*\s+){1,3}(?=\p{Lu}\p{Ll})/u;

export function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
}

/** A possessive before a role in prose ("their TM", "our production manager", "unser Fahrer"). */
const ROLE_OWNER = /^(?:their|our|your|his|her|my|unser(?:e|er)?|eure?|notre|votre|nuestr[oa]|onze|vår)\s+(?=\S)/i;
/** An assistant's title names whom they work for after "to" ("Booking Coordinator to Pat Oakes", "Assistant to Jo Brand"). */
const ROLE_PRINCIPAL = /\s+to\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})$/u;

/** A role part less the person it serves, when it names one: that person is no part of the role. */
function withoutPrincipal(text: string): string {
  const principal = ROLE_PRINCIPAL.exec(text);
  return principal && looksLikePersonName(principal[1]!) ? text.slice(0, principal.index) : text;
}

/** A mobile's label right before its number: "Mobil", "mobile:", "cell.", "Handy", "M.", and "c:" of a signature's "o: … | c: …". */
const MOBILE_BEFORE = /(?<![\p{L}])(?:mobil[ea]?|mob|cell(?:ulare)?|celular|handy|gsm|m[óo]vil|portable|m|c)\.?[ \t]*:?[ \t]*$/iu;

/** A clock time: "09:00", "17.30". */
const CLOCK_TIME = /(?<![\d.:])\d{1,2}[:.]\d{2}(?![\d.:])/;

/** Office hours beside a number ("(Mon–Fri 09:00–17:30)", wrapped or not): a clock time, or weekdays alone. */
function isOfficeHours(text: string): boolean {
  const words = text.split(/[\s–—/-]+/).filter(Boolean);
  return CLOCK_TIME.test(text) || (words.length > 0 && words.every(isWeekdayWord));
}

const DATE_LIKE = /^(\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}([ –-]+\d{1,2}[./-]\d{1,2}[./-]\d{2,4})?)$/;
/** A full date inside a run of digits ("versie 2 (25-10-2027)"): the run is no phone number. */
const HOLDS_DATE = /(?<!\d)\d{1,2}([./-])\d{1,2}\1(?:19|20)\d{2}(?!\d)/;
/** A dotted day before a range's dash ("2027 - 15.-17. July"): days of a date range, no phone number. */
const DAY_RANGE = /\d\.[ ]?[-–]/;

/** Whether the number at `at` stands alone on its line of `text`. */
function lineOfItsOwn(text: string, at: number, length: number): boolean {
  return /(?:^|\n)[ \t]*$/.test(text.slice(0, at)) && /^[ \t]*(?:\n|$)/.test(text.slice(at + length));
}

const SPACED_DASH = /[ \t][-–][ \t]/;

/**
 * The digit runs of `text` that may be phones. A run too long for one that a spaced dash parts is two fields
 * ("Boise, ID 83702 - (208) 555-0199"): each part is a run of its own.
 */
function phoneRuns(text: string): { 0: string; index: number }[] {
  return [...text.matchAll(PHONE_IN_TEXT)].flatMap((m) => {
    const tooLong = m[0].replace(/\D/g, '').length > 12 && !/^(\+|00)/.test(m[0]);
    if (!tooLong || !SPACED_DASH.test(m[0])) return [{ 0: m[0], index: m.index }];
    const runs: { 0: string; index: number }[] = [];
    let at = 0;
    for (const part of m[0].split(SPACED_DASH)) {
      at = m[0].indexOf(part, at);
      for (const p of part.matchAll(PHONE_IN_TEXT)) runs.push({ 0: p[0], index: m.index + at + p.index });
      at += part.length;
    }
    return runs;
  });
}

/**
 * A contact from `text` (starting at `offset` in the source). `block`: the text is a signature block, whose
 * lines are its parts. `role` comes from a label when the
 * text is a labelled value. Returns null unless a person's name and a phone, an e-mail or a role are found.
 */
export function contactIn(
  source: ExtractedSource, text: string, offset: number, method: 'label' | 'pattern' | 'table',
  options: { role?: string | null; country?: string | null; requireName?: boolean; block?: boolean } = {},
): Draft<Contact> | null {
  const draft: Draft<Contact> = {};
  let rest = text;
  for (const m of text.matchAll(EMAIL_IN_TEXT)) {
    // "ana@firm.example.e us": an address wrapped inside its last label at a cell's end is closed up.
    const read = wrappedEmailAt(text, m);
    const length = read?.length ?? m[0].length;
    if (read && !draft.email) draft.email = found(read.email, evidenceAt(source, [offset + m.index, offset + m.index + length], method, true));
    rest = rest.slice(0, m.index) + ' '.repeat(length) + rest.slice(m.index + length);
  }
  let mobileFirst = false;
  for (const m of phoneRuns(rest)) {
    const digits = m[0].replace(/\D/g, '');
    // Digits joined to letters by a hyphen are a reference ("Ref. CSP-2027-118"), not a phone; so are a
    // company register's and tax numbers ("RCS Lyon 812 447 019", "VAT no. 123 4567 89").
    if (/\p{L}-$/u.test(rest.slice(0, m.index)) || REGISTER_BEFORE.test(rest.slice(Math.max(0, m.index - 50), m.index))) continue;
    if (TICKET_BEFORE.test(rest.slice(Math.max(0, m.index - 20), m.index))) continue;
    // Digits between plus signs ("+++090/9337/55493+++") are a transfer's structured communication.
    if (/\+$/.test(rest.slice(0, m.index)) || rest[m.index + m[0].length] === '+') continue;
    // Ticket numbers and dates are digit runs too: a phone has 7–12 digits unless written with + or 00.
    if (digits.length < 7 || (digits.length > 12 && !/^(\+|00)/.test(m[0])) || DATE_LIKE.test(m[0].trim()) || HOLDS_DATE.test(m[0]) || DAY_RANGE.test(m[0])) continue;
    const phone = normalisePhone(m[0], countryOfEmail(draft.email?.value) ?? options.country ?? null);
    if (method === 'pattern' && !phone?.validated
      && !(phone && vouchedPhone(rest.slice(0, m.index), m[0], countryOfEmail(draft.email?.value) ?? options.country ?? null, options.block === true && lineOfItsOwn(rest, m.index, m[0].length)))) continue;
    // "Tel. <office> · Mobil <mobile>": the person is reached on their mobile, not the desk's line.
    const mobile = MOBILE_BEFORE.test(rest.slice(Math.max(0, m.index - 12), m.index));
    if (phone && (!draft.phone || (mobile && !mobileFirst))) {
      draft.phone = found(phone.value, evidenceAt(source, [offset + m.index, offset + m.index + m[0].length], method, phone.validated));
      mobileFirst = mobile;
    }
    rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
  }
  const parts: Part[] = [];
  // A spaced dash separates parts ("Company A/S - tlf. …"); a slash does, except in a legal form ("A/S").
  rest = rest.replace(/ [-–—] /g, ' | ');
  // Angle brackets too: "Ana Ruiz <ana@…>" as mail headers and calendar organisers write a person;
  // but "(Pvt) Ltd", "(Pty) Ltd" is one legal form, its brackets no cut.
  const cut = /(?:[^,|;•·\n\t/()<>]|(?<=\b\p{Lu})\/(?=\p{Lu}\b)|\((?=(?:Pvt|Pty|Private)\.?\)[ \t]*(?:Ltd|Limited)\b)|(?<=\((?:Pvt|Pty|Private)\.?)\))+/gu;
  for (const m of rest.matchAll(cut)) {
    const raw = m[0];
    // Only the labels of the phone and the address just read are left ("TEL ⇥ E-mail"): nothing.
    const clean = (normaliseText(raw.replace(LINE_LABELS_ONLY, '')) ?? '')
      .replace(/^[-–:]\s*/, '').replace(/\s*[-–:.]$/, '');
    if (clean && /\p{L}/u.test(clean)) parts.push({ text: clean, start: offset + m.index + raw.indexOf(clean) });
  }
  joinBilingualRoles(parts, source.text);
  // "TOUR MANAGER Greta Holm": a block's heading in capitals, run into the name, is the person's role.
  // "produktionsledare Malik Sandström": a role in lower case run into the name is kept as written.
  let heading: Part | undefined;
  let asWritten = false;
  for (const [i, p] of parts.entries()) {
    const caps = CAPS_HEADING.exec(p.text)?.[0];
    const lead = caps ?? LOWER_ROLE_LEAD.exec(p.text)?.[0];
    if (!lead || !ROLE_WORDS.test(lead) || !looksLikePersonName(p.text.slice(lead.length))) continue;
    heading = { text: lead.trim(), start: p.start };
    asWritten = !caps;
    parts[i] = { text: p.text.slice(lead.length), start: p.start + lead.length };
    break;
  }
  // "Runner: Jess, 07700 …": under a role's label, a given name alone before the comma and number is the person.
  const nameAt = Math.max(parts.findIndex((p) => looksLikePersonName(p.text)), givenNameUnderRole(parts, method, options.role, !!draft.phone));
  if (nameAt >= 0) {
    const name = normalisePerson(parts[nameAt]!.text);
    if (name) draft.name = found(name, evidenceAt(source, [parts[nameAt]!.start, parts[nameAt]!.start + parts[nameAt]!.text.length], method));
  }
  const others = parts.filter((_, i) => i !== nameAt && i > nameAt - 1);
  // "Hedda Lie (Tour Manager)": the role in brackets after the name is the person's own, before a label's.
  const bracketed = nameAt >= 0 ? parts[nameAt + 1] : undefined;
  // "Buyer: Ana Ruiz, Talent Buyer": a job title after the name and a comma is the person's own as well.
  const titled = !!bracketed && /^\s*,\s*$/.test(source.text.slice(parts[nameAt]!.start + parts[nameAt]!.text.length, bracketed.start)) && isJobTitle(bracketed.text);
  const ownRole = bracketed && ((source.text[bracketed.start - 1] === '(' && ROLE_WORDS.test(bracketed.text)) || titled) ? bracketed : undefined;
  let role = ownRole ? null : options.role ? normaliseText(options.role) : null;
  if (role) draft.role = found(role, evidenceAt(source, null, method));
  else if (heading && !ownRole) draft.role = found(asWritten ? heading.text : titleCase(heading.text), evidenceAt(source, [heading.start, heading.start + heading.text.length], method));
  let rolePart: Part | undefined;
  let companyPart: Part | undefined;
  // A firm's name may open with its quotation mark ("„Нощен влак“ ЕООД"); Hebrew has no capitals ("שטרן הפקות בע\"מ").
  const companyLike = (p: Part) => /^(?:[„“"«]?[\p{Lu}\d]|\p{Script=Hebrew})/u.test(p.text) && p.text.length <= 60 && p.text.split(/\s+/).length <= 6 && !/\b(on|at|is|the|our|your|will|from)\b/.test(p.text)
    && !isOfficeHours(p.text) && !HONORIFIC.test(p.text.trim());
  for (const p of others) {
    const roleText = withoutPrincipal(p.text);
    // A role is a few words (in each language of a bilingual one, in each of two roles joined by "&": "Booker & Head of Production").
    if (!draft.role && ROLE_WORDS.test(roleText) && !LEGAL_FORM.test(roleText) && roleText.split(/\s+[/&]\s+/).every((h) => h.split(/\s+/).length <= 4)) {
      // "Ann Lee (their TM: …)": whose TM the writer means is no part of the role.
      const owner = ROLE_OWNER.exec(roleText)?.[0].length ?? 0;
      role = roleText.slice(owner);
      rolePart = p;
      draft.role = found(role, evidenceAt(source, [p.start + owner, p.start + roleText.length], method));
    } else if (!draft.company && companyLike(p)) {
      companyPart = p;
      draft.company = found(p.text, evidenceAt(source, [p.start, p.start + p.text.length], method));
    }
  }
  // "Manager, Band Name" over a line "Artist Management Co": the name after the title says whose
  // manager; the line of its own below is the company.
  if (rolePart && companyPart && /^,[ \t]*$/.test(source.text.slice(rolePart.start + rolePart.text.length, companyPart.start))) {
    const ownLine = others.find((p) => p.start > companyPart!.start && companyLike(p) && !ROLE_WORDS.test(p.text) && wholeLine(source.text, p));
    if (ownLine) draft.company = found(ownLine.text, evidenceAt(source, [ownLine.start, ownLine.start + ownLine.text.length], method));
  }
  // "Festival Brand | Organiser s.r.l.": of a line's two firms, the one with a legal form is the firm the person works for
  // (a form cut off alone by a comma, "Co., Ltd", names none); so is a signature's line of its own with a legal form
  // below a role's gloss taken for the firm ("Promoter · Promotor" over "Acme Events LLC").
  const legal = companyPart && !LEGAL_FORM.test(companyPart.text)
    ? others.find((p) => p.start > companyPart!.start && p !== rolePart && companyLike(p) && LEGAL_FORM.test(p.text) && /\S\s+\S/.test(p.text)
      && (sameLine(source.text, companyPart!, p) || (!!rolePart && sameLine(source.text, rolePart, companyPart!) && wholeLine(source.text, p))))
    : undefined;
  // A dotted form's last dot was trimmed with the part's punctuation ("s.r.l."): it is the name's.
  const dot = legal && /\.\p{L}$/u.test(legal.text) && source.text[legal.start + legal.text.length] === '.' ? '.' : '';
  if (legal) draft.company = found(legal.text + dot, evidenceAt(source, [legal.start, legal.start + legal.text.length + dot.length], method));
  if (!draft.name && (options.requireName ?? true)) return null;
  // Read from prose or a signature, a person is a contact only with a way to reach them.
  if (!draft.phone && !draft.email && (method === 'pattern' || !draft.role)) return null;
  return draft;
}

/** The first part's index when it is one capitalised given name and a role's label stands over it with a phone; else -1. */
function givenNameUnderRole(parts: Part[], method: string, role: string | null | undefined, phoned: boolean): number {
  const first = parts[0]?.text.trim() ?? '';
  const given = /^\p{Lu}\p{Ll}{2,14}$/u.test(first) && !ROLE_WORDS.test(first) && !isWeekdayWord(first) && !countryCode(first);
  return method === 'label' && phoned && !!role && ROLE_WORDS.test(role) && given ? 0 : -1;
}

/** Whether two parts stand on one line. */
function sameLine(text: string, a: Part, b: Part): boolean {
  return !text.slice(a.start, b.start).includes('\n');
}

/** Whether a part is all of its line ("Dalton Artist Management" under a title). */
function wholeLine(text: string, p: Part): boolean {
  const start = text.lastIndexOf('\n', p.start - 1) + 1;
  const end = text.indexOf('\n', p.start);
  return text.slice(start, end < 0 ? undefined : end).trim() === p.text;
}

/** A contract's definition of a party: `(hereinafter "the Promoter")`, `(di seguito "l'Organizzatore")`. */
// Macedonian "(во понатамошниот текст: „Организатор“)", Serbian "(у даљем тексту …)", Croatian "(u daljnjem tekstu …)".
const DEFINED_PARTY = /\((?:hereinafter|hereafter|di seguito|in seguito|nachfolgend|nachstehend|en adelante|ci-après|hierna|doravante|dalej|во\s+понатамошниот\s+текст|у\s+даљем\s+тексту|u\s+daljn?jem\s+tekstu)(?![\p{L}])[^()"“„«]{0,30}["“„«]([^"”“»]{2,40})["”“»]\s*\)/giu;
/** The same definition written without brackets: "ci-après dénommée « l'Organisateur », d'une part", "hereinafter referred to as "the Artist"". */
const DEFINED_PARTY_BARE = /(?<![(\p{L}])(?:hereinafter|hereafter|ci-apr[èe]s)[ \t]+(?:referred[ \t]+to[ \t]+as|called|d[ée]nomm[ée]e?s?|appel[ée]e?s?)[ \t]*[:,]?[ \t]*["“„«][ \t]*([^"”“»\n]{2,40}?)[ \t]*["”“»]/giu;
/**
 * A Hungarian contract names each party, its particulars in brackets, then its role: "a Rozsda Kft.
 * (székhely: …; adószám: …), mint Megrendelő" — "as the Client"; a remark may stand between.
 */
const PARTY_AS = /(\p{Lu}[\p{L}.&' -]{2,60}?)\s*\([^()]{0,240}\)[^()]{0,80}?,\s+mint\s+(\p{Lu}\p{Ll}{3,})/gu;
/** "… the band Lumen Lane from Leeds (hereinafter …)": where the party comes from, after its name (Macedonian "од", Croatian "iz"). */
const FROM_PLACE = /[ \t]+(?:from|од|iz|из|aus|z|ze)[ \t]+\p{Lu}[\p{L}-]*[ \t]*$/u;
/**
 * A name in quotes right before a definition's bracket is the party defined, the paragraph's opening
 * being who acts for it: "Brightside Agency Ltd, acting for the band "Lumen Lane" (hereinafter "the Artist")".
 */
const QUOTED_NAME_BEFORE = /["“„«]([^"”“»\n]{2,40})["”»]\s*$/u;
/** Capitalised words ending right before a definition's bracket. */
const NAME_BEFORE = /(?<![\p{L}\d])(\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,3})\s*$/u;
/** A line between the parties' paragraphs: "BETWEEN", "AND", "TRA", "E". */
const PARTY_SEPARATOR = /^\s*(?:between|and|tra|fra|e|entre|y|et|zwischen|und|och|en)?(?:\s+(?:the undersigned|les soussign[ée]s|los abajo firmantes))?[\s:;,.]*$/i;
/**
 * "La société X", "The company X": an article and a word for "company" opening a party's paragraph are
 * no part of its name; before "association" only the article goes ("L'association X" is "association X").
 */
const PARTY_LEAD = /^(?:l['’]|(?:la|le|the|die|der|el)\s+)(?:(?:soci[ée]t[ée]|company|firma|sociedad|empresa)\s+|(?=association\s))/iu;

/** The defined name of a party without its article ("l'Organizzatore" → "organizzatore"). */
export function partyKey(term: string): string {
  return foldText(term.replace(/^(?:l['’]\s*|(?:the|il|la|lo|der|die|das|el|le|les|de|het|o|a|az)\s+)/i, '')).trim();
}

/**
 * The parties a contract defines, by their defined name: the party's own name opens the paragraph
 * that ends in the definition ("Fonderie Sonore, con sede in …, (di seguito "l'Organizzatore")").
 */
export function partiesOf(text: string, lines: Line[]): Map<string, string> {
  const parties = new Map<string, string>();
  for (const m of text.matchAll(PARTY_AS)) {
    const name = normaliseText(m[1]!);
    if (name && name.split(/\s+/).length <= 8) parties.set(partyKey(m[2]!), name);
  }
  for (const m of [...text.matchAll(DEFINED_PARTY), ...text.matchAll(DEFINED_PARTY_BARE)]) {
    const line = lines.findIndex((l) => l.start <= m.index && m.index <= l.end);
    let first = line;
    while (first > 0 && line - first < 5 && !PARTY_SEPARATOR.test(lines[first - 1]!.text)) first--;
    const opening = normaliseText(text.slice(lines[first]!.start, m.index).split(',')[0]);
    // "… a concert by the band Lumen Lane (hereinafter "the Artist")": else the capitalised name right before the definition.
    const quoted = QUOTED_NAME_BEFORE.exec(text.slice(lines[line]!.start, m.index))?.[1];
    const name = quoted ? normaliseText(quoted) : opening && /^\p{Lu}/u.test(opening) ? opening.replace(PARTY_LEAD, '') : nameRowAbove(text, lines, line, m.index)?.name ?? NAME_BEFORE.exec(text.slice(lines[line]!.start, m.index).replace(FROM_PLACE, ''))?.[1]
      ?? paragraphAbove(text, lines, line, m.index);
    if (name && name.split(/\s+/).length <= 8) parties.set(partyKey(m[1]!), name);
  }
  return parties;
}

/**
 * "ACME LIVE, SARL au capital de …," then, as a paragraph of its own, "ci-après dénommée « le Producteur »":
 * a definition opening its own line names the party whose paragraph stands above it (its name before the first comma).
 */
function paragraphAbove(text: string, lines: Line[], line: number, at: number): string | undefined {
  if (text.slice(lines[line]!.start, at).trim()) return undefined;
  let i = line - 1;
  while (i >= 0 && !lines[i]!.text.trim()) i--;
  if (i < 0 || PARTY_SEPARATOR.test(lines[i]!.text)) return undefined;
  const name = normaliseText(lines[i]!.text.split(',')[0]);
  return name && /^\p{Lu}/u.test(name) && name.split(/\s+/).length <= 6 ? name.replace(PARTY_LEAD, '') : undefined;
}

/** Each party's block of rows closed by its definition: its name, and the offsets from its name row to the definition's line. */
export function partyRowBlocks(text: string, lines: Line[]): { name: string; from: number; to: number }[] {
  return [...text.matchAll(DEFINED_PARTY)].flatMap((m) => {
    const line = lineAt(lines, m.index);
    const block = nameRowAbove(text, lines, line, m.index);
    return block ? [{ name: block.name, from: lines[block.row]!.start, to: lines[line]!.end }] : [];
  });
}

/** A party block's name row: "Name: Nightshift Ltd", Macedonian and Serbian "Назив:", Croatian "Naziv:", "Firma:". */
const NAME_ROW = /^\s*(?:name|company|firma|naziv|назив|назва|наименование|název|nazwa)\s*:\s*(\S[^\t\n]{1,60}?)\s*$/iu;
const PREVIOUS_DEFINITION = new RegExp(DEFINED_PARTY.source, 'iu');
/** The most lines a party's block of rows holds above its definition. */
const PARTY_BLOCK = 16;

/**
 * A definition closing a party's block of rows ("1. PROMOTER" / "Name: X" / "Seat: …" / "(hereinafter "the
 * Promoter")", on a line of its own): the block's name row names the party.
 */
function nameRowAbove(text: string, lines: Line[], line: number, at: number): { name: string; row: number } | undefined {
  if (text.slice(lines[line]!.start, at).trim()) return undefined;
  for (let i = line - 1; i >= Math.max(0, line - PARTY_BLOCK); i--) {
    const row = NAME_ROW.exec(lines[i]!.text);
    const name = row ? normaliseText(row[1]!) : null;
    if (name) return { name, row: i };
    // The block ends at the party's definition above it.
    if (PREVIOUS_DEFINITION.test(lines[i]!.text)) return undefined;
  }
  return undefined;
}

/** A company's name without its legal form: "Lumen Lane Ltd" → "Lumen Lane". */
export function withoutLegalForm(name: string): string {
  return name.replace(new RegExp(String.raw`,?\s+(?:${LEGAL_FORMS})$`), '').trim();
}
