/**
 * deal: fee and currency, deal type, deposit, payment terms and deal notes.
 * Labelled values first; the deal type is classified from the words of the deal/fee line
 * ("guarantee vs 80%", "door split", "flat fee", "Festgage"); the deposit from a "Deposit: 50%"
 * label or a "50% deposit" phrase; in prose, "fee is NOK 35,000" (a fee word, then an amount).
 * Deal notes are a `Notes:` label inside a block headed by a deal word (DEAL, Gage, Arvode…).
 */
import type { Deal, DealType, ExtractedSource } from '../../interfaces.js';
import type { SectionExtractor } from '../context.js';
import { found, type Draft } from '../found.js';
import { moneyInText, normaliseMoney, normaliseText } from '../normalise/index.js';
import { depthAt, evidenceAt, isQuoted, read, sentenceAround, unquoted, type Labelled } from '../text/index.js';
import { dealRows, feeRows } from './deal-rows.js';
import { headedFees } from './deal-heading.js';
import { feeLabelRows } from './deal-fee-row.js';
import { dealColumns, isDealNotesHeader } from './deal-columns.js';
import { seaCrossings } from './travel/crossing.js';
import { routeTables } from './travel/route-table.js';
import { segmentsIn } from './travel/segments.js';
import { categorise } from './documents.js';
import { paymentTermsFromDepositClause } from './deal-deposit-clause.js';
import { paymentTermsFromDepositRows } from './deal-deposit-balance-rows.js';
import { notesFromFeeParagraph, notesFromTermRows } from './deal-term-rows.js';
import { notesFromTaxClause } from './deal-tax-clause.js';
import { notesFromWithholding } from './deal-withholding-note.js';
import { paymentTermsFromSentence } from './deal-payment-sentence.js';
import { paymentTermsFromDepositSentence } from './deal-deposit-sentence.js';
import { HIRED_THING } from './hired-thing.js';
import { dealTypeFromIntro } from './deal-intro-sentence.js';
import { depositFromTerms } from './deal-deposit-share.js';
import { wrappedText, wrappedValue } from '../text/wrapped-value.js';

/** A percentage that is a tax's ("plus 19 % MwSt", "auk 11% VSK"), not a share of the door. */
const NOT_TAX = String.raw`(?!\s*(?:mwst|ust|vat|tva|moms|mva|vsk|iva|btw|pvn|ppn))`;

/**
 * The words between a guarantee and its share: up to 30 characters, a bracket counting as one
 * ("Garantie von 2.400,00 € (in Worten: zweitausendvierhundert Euro) gegen 75 %": the amount spelled out).
 */
const GAP = String.raw`(?:\([^()\n]{0,80}\)|.){0,30}`;

const DEAL_TYPES: [DealType, RegExp][] = [
  ['guarantee_vs_percentage', new RegExp(String.raw`\b(vs\.?|versus|or|plus|\+)\s*\d{1,3}\s*%${NOT_TAX}|whichever is (?:the )?(greater|higher)|\bversus\b[^.%]{0,40}%|garantie${GAP}(oder|plus|gegen|contre|\+).{0,20}%${NOT_TAX}|garanti${GAP}(eller|plus|mot).{0,20}%${NOT_TAX}|garantía${GAP}(o|más|contra).{0,20}%${NOT_TAX}|trygging${GAP}(eða|auk).{0,20}%${NOT_TAX}|hvort sem hærra|(?:срещу|מול)\s*\d{1,3}\s*%${NOT_TAX}|по-високата от двете|което е по-високо|הגבוה מביניהם`, 'i')],
  // "(no door deal)" says what the deal is not.
  ['door_split', /(?<!\bno )door (split|deal)|split of (the )?door|\bdoor\s*\d{1,3}\s*%|türeinnahmen|dörrdeal|taquilla/i],
  // Persian writes the flat fee as the loanword "فلت" or "دستمزد ثابت" (a fixed fee).
  // Urdu as "فلیٹ" ("طے شدہ فلیٹ فیس", the agreed flat fee).
  // Bengali as "ফ্ল্যাট" ("USD … – ফ্ল্যাট, নেট"); its deposit is an "অগ্রিম" (advance, DEPOSIT_PHRASE).
  // Azerbaijani marks the fee fixed: "Qonorar (sabit)", "sabit qonorar".
  // Georgian marks a fee fixed after it ("9 000 ₾ – ფიქსირებული"); its deposit is an "ავანსი" (advance, DEPOSIT_PHRASE).
  ['flat', /\bflat\b|fixed fee|\beur(?:o|os)? (?:fiss[io]|fijos|fixos)\b|kiinteä palkkio|ryczałt|festgage|pauschal|fast arvode|fast (?:honorar|gasje)|fastpris|\bcaché fijo|\b(?:cachet|compenso|cach[eéê]) fi(?:ss|x)[oe]\b|\bforfait|\((?:fiss[oa]|fixed|fixe|fij[oa]|fix[oa])\)|\bfiksn[aiou]\w{0,2} (?:honorar|ga[žz]|naknad)|\bfixn[íiéý]\w{0,3} (?:honor[áa][řr]|odm[ěe]n)|\bvaste gage|\bfix (?:fell[ée]pti |fell[ée]p[ée]si )?d[íi]j|all[- ]in|buy[- ]?out fee|\d\s*(?:€|euros?|eur|reais|dólares|dolares)\s+fix[oa]s?\b|фикс(?:иран|ен)\S*\s+хонорар|фіксован\S*\s+гонорар|гонорар\S*\s+фіксован|фиксированн\S*\s+гонорар|гонорар\S*\s+(?:является\s+)?фиксированн|סכום קבוע|תשלום קבוע|fiks[ēe]t[aā] (?:summa|atl[īi]dz[īi]ba)|\bonorariu(?:l)? fix\b|\bpevn[ýyá]\w{0,3} (?:honor[áa][řr]|odm[ěe]n)|\bfiksuot\w{0,3} (?:honorar|atlyg)|\bsum[ăa] fix[ăa]|固定(?:出演料|ギャラ)|ფიქსირებულ|(?<![\u0600-\u06FF])فلت(?![\u0600-\u06FF])|(?<![\u0600-\u06FF])فلیٹ(?![\u0600-\u06FF])|(?:دستمزد|مبلغ) ثابت|\bqonorar\s*\(sabit\)|\bsabit (?:qonorar|m[əe]bl[əe]ğ)|ֆիքսված հոնորար|qat[ʼ'’]iy belgilangan (?:haq|gonorar|summa)|(?<![\u0980-\u09FF])ফ্ল্যাট/i],
  ['guarantee', /guarantee|garantie|garanti\b|garantii\b|garantía|gage garantie|trygging|гаранция|גארנטי|גרנטי|onorariu(?:l)? garantat/i],
];

/**
 * "Guarantee vs 80 %" on the deal line says more than "Guarantee" read off the fee's label above it;
 * a row of its own labelled "Versus" also turns a "$3,500 flat guarantee" into a guarantee against a share.
 */
function refines(type: DealType, before: DealType, versusRow = false): boolean {
  return type === 'guarantee_vs_percentage' && (before === 'guarantee' || (versusRow && before === 'flat'));
}
const VERSUS_LABEL = /^\s*(?:versus|vs\.?)\s*:?\s*$/i;

export function dealTypeOf(text: string): DealType | null {
  for (const [type, re] of DEAL_TYPES) if (re.test(text)) return type;
  return null;
}

/** A heading naming money, anywhere in it (Japanese "■ 契約条件", contract terms): "2. FEE", "SCHEDULE 2 - FINANCIAL TERMS", "TERCERA - CONDICIONES ECONÓMICAS". */
const DEAL_HEADING = /\b(deal|fee|financ\w*|payment|compensation|gage|honorar|verg[üu]tung|arvode|ers[äa]ttning|ekonomi\w*|econ[óo]mic\w*|cach[ée]t?|cachê|r[ée]mun[ée]ration|vergoeding|palkkio|maksuehdot|grei[ðd]sla|onorariu(?:l)?)(?!\w)|契約条件|出演条件/i; // not \b: "cachê" ends in a non-word letter
const ANY_HEADING = /^\s*(\d+[.)]\s*)?[A-ZÄÖÜÅ][A-ZÄÖÜÅ &/-]{2,40}\s*$/;
// Hungarian inflects its fee word ("fellépti díjat fizet"): the stem with an optional ending; so does Polish ("wynagrodzenie", "wynagrodzenia").
// Bulgarian, Ukrainian and Hebrew words stand apart: `\b` knows no Cyrillic or Hebrew letter ("хонорарът", "гонорару", "גארנטי").
// Romanian "onorariu" (fee, "onorariu fix" a flat one, "avans" a deposit, "TVA" its VAT).
// Czech "honorář" ("pevný honorář" a flat one) and Lithuanian "honoraras", "atlygis" ("fiksuotas" flat).
// Latvian "atlīdzība" (remuneration, also "atlīdzību", "atlīdzības"), "fiksēta summa" a flat fee, "avanss" a deposit, "PVN" its VAT; Indonesian "honorarium", "PPN".
// Armenian "հոնորար" (fee; "ֆիքսված հոնորար" a flat one), its amount followed by "ԱՄՆ դոլար", "ՀՀ դրամ" (normalise/money.ts).
// Urdu and Pashto "فیس" (fee: "د فیس اندازه PKR …"); not "فیس بک" (Facebook).
// Uzbek "gonorar" (fee; "qatʼiy belgilangan" fixed, a flat one), its amount followed by "AQSh dollari", "soʻm" (normalise/money.ts).
const FEE_WORD = /\b(fee|gage|arvode|honorar|cach[ée]t?|cachê|guarantee|garantie|garanti|palkkio|fell[ée]p(?:ti|[ée]si) d[íi]j(?:a|at)?|wynagrodzeni[ea]|trygging|þóknun|atl[īi]dz[īi]b(?:a|u|as)|honorarium|onorariu(?:l|lui)?|honor[áa][řr](?:e|u|em)?|honorar(?:as|o|ą)|atlyg(?:is|io|į))(?![\p{L}\d_])|(?<!\p{L})(хонорар(?:ът|а)?|гаранция(?:та)?|гонорар(?:у|ом)?|גארנטי|גרנטי|שכר אמן|հոնորար|gonorar(?:i|ning)?|فیس(?![\s\u200c]*ب[کكو]))(?!\p{L})/iu;
/** "50% deposit", "50 % a la firma … en concepto de señal", "50% (R$ 16.000,00) de sinal": a share and a deposit word in one clause (a dot inside an amount ends none); Estonian "50% ettemaks"; Chinese "50% 訂金".; Urdu "۵۰٪ ایڈوانس". */
const DEPOSIT_PHRASE = /(\d{1,3})\s*%(?:[^;.%]|\.(?=\d)){0,60}?(?<![\p{L}\d_])(deposit|anzahlung|vorschuss|handpenning|förskott|depósito|anticipo|acompte|aanbetaling|señal|sinal|arras|forskud|depositum|el[őo]leg|ettemaks|avans(?:ul)?|аванс|депозит|передоплат[аиуі]|מקדמה|訂金|订金|定金|ავანს|կանխավճար|ایڈوانس|অগ্রিম)/iu;
/** German "Ein Vorschuss von 50 %" (an advance on the fee); Maltese "Depożitu ta' 50%"; Portuguese "adiantamento de 50%"; Russian "предоплата 40%", "аванс в размере 30%". "Acconto del 30%", "a deposit of 50 %", "zaliczka w wysokości 30%", "Depositum på 30 %", "a deposit of fifty per cent (50%)", Slovenian "avans v višini 30 %", Serbian and Croatian "avans u iznosu od 30%": the deposit word first. */
const DEPOSIT_FIRST = /(?<![\p{L}])(?:depożitu\s+ta['’]|deposit|anzahlung|vorschuss|acconto|anticipo|adiantamento|acompte|aanbetaling|sinal|zaliczka|depositum|handpenning|forskud|avanss|avans(?:ul)?|uang muka|predujam|predplačilo|z[áa]loh[auy]|предоплат[аыу]|передоплат[аиу]|аванс)\s+(?:of|von|del|de|di|du|van|på|w wysokości|v višini|u (?:iznosu|visini)(?: od)?|в размере|у розмірі)?\s*(?:[\p{L}-]+\s+(?:per\s?cent|percent|prozent|por\s+ciento|pour\s+cent|per\s+cento)\s*\(\s*)?(\d{1,3})\s*%/iu;
/** Turkish writes the percent sign first: "%40 kapora", "%30 ön ödeme" (also Catalan "bestreta"). */
const PERCENT_FIRST_DEPOSIT = /%\s?(\d{1,3})\s+(?:kapora|kaparo|avans|ön ödeme|deposit|bestreta)/iu;
/** "Other terms", "Altre condizioni": the contract's clause of further terms is the deal's notes wherever it stands. */
const OTHER_TERMS = /(?<![\p{L}])(other|further|additional|altre|otras|outras|outros|autres|weitere|sonstige|övriga|øvrige|andre|overige|muut|egy[ée]b|inne|прочие|другие|дополнительные|інші|додаткові)(?![\p{L}])/iu;

function inDealBlock(lines: ReturnType<typeof read>['lines'], l: Labelled): boolean {
  for (let i = l.line.index - 1; i >= 0 && i >= l.line.index - 15; i--) {
    const t = lines[i]!.text;
    if (DEAL_HEADING.test(t) && t.trim().length < 40 && !t.includes(':')) return true;
    if (ANY_HEADING.test(t)) return false;
  }
  return false;
}

/** The currency a label names in brackets ("Fee (EUR)", "Gage (€)"), if any. */
function bracketCurrency(label: string, country: string | null): string | null {
  const inner = /\(([^()]{1,5})\)/.exec(label)?.[1];
  return inner ? normaliseMoney(`${inner} 1`, country)?.currency ?? null : null;
}

function fromLabels(source: ExtractedSource, draft: Draft<Deal>, country: string | null): void {
  const r = read(source);
  for (const l of [...r.labelled, ...dealRows(r), ...feeRows(r), ...headedFees(r), ...feeLabelRows(r), ...dealColumns(r)]) {
    switch (l.key) {
      case 'fee': {
        const money = normaliseMoney(l.value, country);
        // A bare number after words ("Company credit card (last digits 4471)") is no amount of money.
        if (money && money.amount > 0 && (money.currency || /^\W*\d/.test(l.value))) {
          draft.fee ??= found(money.amount, evidenceAt(source, l.span, 'label', true));
          // "Fee (EUR) ⇥ 2400": a bare amount's currency may stand in brackets in its label.
          const currency = money.currency ?? bracketCurrency(l.label, country);
          if (currency) draft.currency ??= found(currency, evidenceAt(source, l.span, 'label', true));
          // "EUR 6.000 guarantee versus" / "   80% of the door": the fee's clause wrapped onto the next lines says its deal.
          const type = dealTypeOf(`${l.label} ${wrappedValue(r.lines, l).value}`);
          if (type) draft.dealType ??= found(type, evidenceAt(source, l.span, 'label'));
        }
        break;
      }
      case 'currency': {
        const money = normaliseMoney(`${l.value} 1`, country);
        if (money?.currency) draft.currency ??= found(money.currency, evidenceAt(source, l.span, 'label', true));
        break;
      }
      case 'deal_type': {
        // "Versus | 80 %": a row's label may be the words that make the deal a guarantee against a share.
        const type = dealTypeOf(l.value) ?? dealTypeOf(`${l.label} ${l.value}`);
        if (type && (!draft.dealType || refines(type, draft.dealType.value, VERSUS_LABEL.test(l.label)))) draft.dealType = found(type, evidenceAt(source, l.span, 'label'));
        if (!draft.fee) feeOfDealLine(source, draft, l, country);
        break;
      }
      case 'deposit': {
        const pct = /(\d{1,3}(?:[.,]\d+)?)\s*%/.exec(l.value) ?? /%\s?(\d{1,3}(?:[.,]\d+)?)/.exec(l.value);
        if (pct) draft.depositPercent ??= found(Number(pct[1]!.replace(',', '.')), evidenceAt(source, l.span, 'label', true));
        break;
      }
      case 'payment_terms': {
        // "Payment: Mastercard •••• 1234" is how a booking was paid, not terms.
        // A clause wrapped over the next lines is one value (text/wrapped-value.ts).
        const wrapped = wrappedValue(r.lines, l);
        const text = /[•*x]{3,}\s*\d{2,4}\b/i.test(l.value) ? null : normaliseText(wrapped.value);
        if (text) draft.paymentTerms ??= found(text, evidenceAt(source, [l.span[0], wrapped.end], 'label'));
        const dep = DEPOSIT_PHRASE.exec(l.value) ?? DEPOSIT_FIRST.exec(l.value) ?? PERCENT_FIRST_DEPOSIT.exec(l.value);
        if (dep) draft.depositPercent ??= found(Number(dep[1]), evidenceAt(source, l.span, 'pattern', true));
        break;
      }
      case 'notes': {
        // A clause wrapped over the next lines is one value, as the payment terms are.
        const wrapped = wrappedValue(r.lines, l);
        const text = normaliseText(wrapped.value);
        if (text && (inDealBlock(r.lines, l) || OTHER_TERMS.test(l.label) || isDealNotesHeader(l.label))) draft.notes ??= found(text, evidenceAt(source, [l.span[0], wrapped.end], 'label'));
        break;
      }
      default:
    }
  }
}

/** After an amount, the word that makes it the fee: "GBP 6,500 guarantee", "€2,000 flat", "3.000 € Festgage", "900 euro fissi". */
// The word may stand in brackets after the amount: "USD 8,500 (flat fee)".
const FEE_AFTER = /^\s*\(?\s*(?:guarantee[ds]?|garantie(?:rt)?|garanti(?:erat)?|garantía|garantizad[oa]s?|flat(?:\s+fee)?|fee|gage|festgage|fixed(?:\s+fee)?|all[- ]in|cachet|caché|fiss[io]|fijos|fixos)\b/i;

/**
 * "Deal: GBP 6,500 guarantee vs 80% of net box office": the deal line's amount is the fee when it
 * opens the line or a fee word follows it — not a ticket price further on ("door split, tickets £12").
 */
function feeOfDealLine(source: ExtractedSource, draft: Draft<Deal>, l: Labelled, country: string | null): void {
  for (const m of moneyInText(l.value)) {
    const opens = !/\p{L}/u.test(l.value.slice(0, m.index));
    if (!opens && !FEE_AFTER.test(l.value.slice(m.index + m[0].length))) continue;
    const money = normaliseMoney(m[0], country);
    if (!money?.currency || money.amount < 50) continue;
    const span: [number, number] = [l.span[0] + m.index, l.span[0] + m.index + m[0].length];
    draft.fee = found(money.amount, evidenceAt(source, span, 'label', true));
    draft.currency ??= found(money.currency, evidenceAt(source, span, 'label', true));
    return;
  }
}

/** The verb that ties a fee word to its amount in a Russian or Ukrainian clause ("составляет", "становить", "складає"). */
const AMOUNTS_TO = /(?<!\p{L})(?:составляет|составит|становить|складає)\s*$/u;

/** A fee that is not the artist's: what a hotel, airline or agency charges ("the cancellation fee is € 306.20"). */
const OTHER_FEE = /\b(?:cancell?ation|booking|service|airline|carrier|handling|processing|admin\w*|change|amendment|no-?show|resort|cleaning|parking|baggage|luggage|transaction|agency|ticketing|rebooking|late|city|tourist)\s+fee$/i;

/** "the fee is NOK 35,000", "Gage 3.800,00 € netto": a fee word, then an amount with its currency. */
function fromProse(source: ExtractedSource, draft: Draft<Deal>, country: string | null): void {
  const r = read(source);
  // A fee quoted from an older message of the thread gives way to a newer message's agreed one
  // ("So we're confirmed at EUR 3,000 guarantee"), not to a question about it; its currency and deal type with it.
  // Any newer message counts: the agent's counter quoted under the buyer's short "contract's signed" reply.
  const feeDepth = draft.fee?.span ? depthAt(r.messages, draft.fee.span[0]) : 0;
  const olderFee = feeDepth > 0;
  if (draft.fee && !olderFee) return;
  const lines = r.lines;
  // A fee only a quoted older message states (the first offer, quoted in every reply) still stands:
  // read behind its quote markers, after the newer text.
  const quoted = draft.fee ? [] : lines.filter(isQuoted).map(unquoted);
  for (const line of [...lines.filter((l) => !isQuoted(l)), ...quoted]) {
    if (olderFee && (depthAt(r.messages, line.start) >= feeDepth || /\?\s*$/.test(line.text))) continue;
    if (amountGuaranteed(source, draft, line, country, olderFee) || amountThenFeeWord(source, draft, line, country, olderFee)) {
      const sentence = wrappedText(lines, line.index, line.text, line.end);
      saidTerms(source, draft, line.start, source.text.slice(line.start, sentence.end).replace(/\n/g, ' '));
      return;
    }
    // Each fee word in turn: a clause's title may name the fee far from its amount ("Caché. The organiser
    // pays the artist a flat caché of € 3,500"), the same word further on standing by it.
    for (const word of line.text.matchAll(FEE_WORDS)) {
      if (OTHER_FEE.test(line.text.slice(0, word.index + word[0].length))) continue;
      if (feeAfterWord(source, draft, line, word, country, olderFee)) return;
    }
  }
}

const FEE_WORDS = new RegExp(FEE_WORD.source, 'giu');

/** The amount up to 40 characters after the fee word `word` on `line` is the fee (and the rest of its sentence may state the terms). */
function feeAfterWord(source: ExtractedSource, draft: Draft<Deal>, line: Line, word: RegExpExecArray | RegExpMatchArray, country: string | null, olderFee: boolean): boolean {
  const lines = read(source).lines;
  const at = word.index!;
  // A contract's clause wraps: "… the fee in the\namount of 18 000 zł": the amount may open the next line.
  const sentence = wrappedText(lines, line.index, line.text, line.end);
  const rest = source.text.slice(line.start + at, sentence.end).replace(/\n/g, ' ');
  for (const m of moneyInText(rest)) {
    // Up to 40 characters between the fee word and its amount ("díjat fizet, melynek összege nettó 2 300 000 Ft").
    // A Russian or Ukrainian clause puts its subject between ("Гонорар Агента за выступление Артиста составляет …"): up to 80 before "amounts to".
    if (m.index - word[0].length > (AMOUNTS_TO.test(rest.slice(0, m.index)) ? 80 : 40)) return false;
    const money = normaliseMoney(m[0], country);
    if (!money?.currency || money.amount < 50) continue;
    const start = line.start + at + m.index;
    putFee(source, draft, { amount: money.amount, currency: money.currency }, [start, start + m[0].length], sentence.value, line, olderFee);
    saidTerms(source, draft, line.start + at, rest);
    return true;
  }
  return false;
}

/**
 * "…, payable by bank transfer within 5 days of the show." (the sentence may wrap onto the next line).
 * Said rather than written: "we pay by transfer on Monday", "pagamos por transferência …".
 */
const SAID_TERMS = /(?<!\p{L})(?:payable|to be paid|zahlbar|betalas|pagadero|payé|we(?:'ll| will)? pay|paid (?:by|in|on|via)|pagamos|pagaremos|pagamento|pagheremo|nous payons|wir zahlen|vi betal(?:ar|er))(?!\p{L})[^.;?]*/iu;

/** The payment terms the fee's sentence (`text`, at offset `at` of the source) goes on to state; a question ("paid by transfer?") states none. */
function saidTerms(source: ExtractedSource, draft: Draft<Deal>, at: number, text: string): void {
  const terms = SAID_TERMS.exec(text);
  if (terms && text[terms.index + terms[0].length] !== '?') draft.paymentTerms ??= found(normaliseText(terms[0])!, evidenceAt(source, [at + terms.index, at + terms.index + terms[0].length], 'pattern'));
}

type Line = ReturnType<typeof read>['lines'][number];

/**
 * "deposit 30% sent today", "the 40% deposit is on its way": with a fee stated, a deposit's
 * share written in prose (no "Deposit:" label) is the deal's. A quoted line or a question is no statement.
 */
function depositFromProse(source: ExtractedSource, draft: Draft<Deal>): void {
  for (const line of read(source).lines) {
    if (/^\s*>/.test(line.text) || /\?\s*$/.test(line.text)) continue;
    const dep = DEPOSIT_FIRST.exec(line.text) ?? DEPOSIT_PHRASE.exec(line.text);
    // A hotel's, a rental's or a booking's deposit is not the show's ("the hotel asks a 100% deposit").
    if (!dep || HIRED_THING.test(sentenceAround(line.text, dep.index))) continue;
    draft.depositPercent = found(Number(dep[1]), evidenceAt(source, [line.start + dep.index, line.start + dep.index + dep[0].length], 'pattern', true));
    return;
  }
}

/**
 * The fee found at `span`, its currency, and the deal type its sentence (with the lines it wraps onto:
 * "a guaranteed fee of £3,000" over "versus 80 % of the net receipts") names. A newer message's fee
 * (`replace`) brings its own currency, and its own deal type when it names one.
 */
function putFee(source: ExtractedSource, draft: Draft<Deal>, money: { amount: number; currency: string }, span: [number, number], sentence: string, line: Line, replace: boolean): void {
  draft.fee = found(money.amount, evidenceAt(source, span, 'pattern', true));
  const currency = found(money.currency, evidenceAt(source, span, 'pattern', true));
  draft.currency = replace ? currency : draft.currency ?? currency;
  const type = dealTypeOf(sentence);
  if (type && (replace || !draft.dealType)) draft.dealType = found(type, evidenceAt(source, [line.start, line.end], 'pattern'));
}

/** "USD 3,500 guaranteed vs 80%", "3.000 € garantiert": an amount, then the word that makes it the fee. */
const GUARANTEED_AFTER = /^\s*(guaranteed|garantiert|garantizad[oa]s?|garanterat)\b/i;

/**
 * A chat's "to confirm the deal: NOK 22,000 guarantee vs 70 %", "22 000 kr garanti mot 70 %": in prose
 * too, an amount straight before a fee word (FEE_AFTER) is the fee, unless it is a hotel's or agency's fee.
 */
function feeWordAfter(line: string, amountEnd: number): boolean {
  const word = FEE_AFTER.exec(line.slice(amountEnd));
  return !!word && !OTHER_FEE.test(line.slice(0, amountEnd + word[0].length))
    && !CHARGE_PER_UNIT.test(line.slice(amountEnd + word[0].length));
}

/** "Pets welcome ($75 fee per stay)", "$25 fee per night": a hotel's charge per stay, night or room, no artist's fee. */
const CHARGE_PER_UNIT = /^[ \t]+(?:per|a|each)[ \t]+(?:stay|night|room|pet|guest|vehicle|car|bag)\b/i;

/** The first amount on the line that `isFee` accepts (given where the amount ends) becomes the fee. */
function amountFollowedBy(isFee: (line: string, amountEnd: number) => boolean) {
  return (source: ExtractedSource, draft: Draft<Deal>, line: Line, country: string | null, replace: boolean): boolean => {
    for (const m of moneyInText(line.text)) {
      if (!isFee(line.text, m.index + m[0].length)) continue;
      const money = normaliseMoney(m[0], country);
      if (!money?.currency || money.amount < 50) continue;
      const span: [number, number] = [line.start + m.index, line.start + m.index + m[0].length];
      putFee(source, draft, { amount: money.amount, currency: money.currency }, span, wrappedText(read(source).lines, line.index, line.text, line.end).value.slice(m.index), line, replace);
      return true;
    }
    return false;
  };
}

const amountThenFeeWord = amountFollowedBy(feeWordAfter);
const amountGuaranteed = amountFollowedBy((line, end) => GUARANTEED_AFTER.test(line.slice(end)));

/** Papers an airline issues to its passengers. */
const AIRLINE_PAPERS: ReadonlySet<string> = new Set(['flight_ticket', 'boarding_pass']);

/** Papers that bill or list a party's travel. */
const TRAVEL_PAPERS: ReadonlySet<string> = new Set(['invoice', 'itinerary', 'flight_ticket']);

export const extract: SectionExtractor<Deal> = (ctx) => ctx.sources.flatMap((source) => {
  // An airline's ticket or boarding pass states the airline's terms ("rebooking for a fee of EUR 70"), never a show's deal.
  if (AIRLINE_PAPERS.has(categorise(source))) return [];
  const draft: Draft<Deal> = {};
  const country = ctx.general.country?.value ?? null;
  fromLabels(source, draft, country);
  fromProse(source, draft, country);
  if (draft.fee && !draft.depositPercent) depositFromProse(source, draft);
  // A numbered clause opening with the deposit's share states the terms unlabelled (deal-deposit-clause.ts).
  if (draft.fee) paymentTermsFromDepositClause(source, draft);
  // Or a "Deposit" row stating when it is due and a "Balance" row under it (deal-deposit-balance-rows.ts).
  if (draft.fee) paymentTermsFromDepositRows(source, draft);
  // An offer's "Versus", "Bonuses" and "Merchandise" rows are the deal's further terms (deal-term-rows.ts).
  if (draft.fee) notesFromTermRows(source, draft);
  // Or a merch term written as a sentence of the fee's own paragraph (deal-term-rows.ts).
  if (draft.fee) notesFromFeeParagraph(source, draft);
  // So does a clause of its own on the fee's tax, a note on the deal (deal-tax-clause.ts).
  if (draft.fee) notesFromTaxClause(source, draft);
  // Or a line on who bears the tax withheld from the fee (deal-withholding-note.ts).
  if (draft.fee) notesFromWithholding(source, draft);
  // A sentence whose subject is the payment states its terms (deal-payment-sentence.ts).
  if (draft.fee) paymentTermsFromSentence(source, draft);
  // Or a sentence in the money paragraph opening with the deposit's share and going on to the balance (deal-deposit-sentence.ts).
  if (draft.fee) paymentTermsFromDepositSentence(source, draft);
  // Terms naming a share paid in advance or at signature state the deposit (deal-deposit-share.ts).
  depositFromTerms(draft);
  // The sentence introducing the fee's rows may name the deal's type (deal-intro-sentence.ts).
  dealTypeFromIntro(source, draft);
  // A bus, train or ferry booking's payment and deposit are the hire's terms, unless the source also states a fee.
  if (!draft.fee && (routeTables(source).trips.length || seaCrossings(source).length)) return [];
  // So are a hotel's confirmation's ("Payment: invoice to the promoter").
  if (!draft.fee && categorise(source) === 'hotel_confirmation') return [];
  // And a travel agency's invoice or itinerary booking flights ("Payment due: …") bills the trip, not the show.
  if (!draft.fee && TRAVEL_PAPERS.has(categorise(source)) && segmentsIn(source.text, null).length) return [];
  return Object.keys(draft).length ? [draft] : [];
});
