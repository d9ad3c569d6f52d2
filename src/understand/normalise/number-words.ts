/**
 * Numbers written in words, as speech transcripts and chats write them ("dois mil e quinhentos",
 * "zweitausendfünfhundert", "twenty-five", "quatre-vingt-dix"), in EN/PT/ES/FR/IT/DE/NL/SV/NO/DA.
 * Words are compared folded (case, diacritics, ß → ss); compounds are split into known parts
 * (DE/NL/SV/NO write "fünfundzwanzig", "tvåtusen" as one word). Words that are also everyday
 * words in another language ("to", "et", "en", "um") are read only inside a compound or, where a
 * caller allows it, as the number one.
 */

const WORDS: Record<string, number> = {};
function add(list: string, start: number, step = 1): void {
  list.split(' ').forEach((w, i) => { if (w !== '_') WORDS[w] = start + i * step; });
}
// One to twelve (and teens) per language; "_" skips a slot.
add('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen', 1);
add('twenty thirty forty fifty sixty seventy eighty ninety', 20, 10);
add('uma dois tres quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezasseis dezassete dezoito dezanove', 1);
add('duas _ _ _ _ _ _ _ _ _ _ _ _ _ dezesseis dezessete _ dezenove', 2);
add('vinte trinta quarenta cinquenta sessenta setenta oitenta noventa', 20, 10);
add('cem duzentos trezentos quatrocentos quinhentos seiscentos setecentos oitocentos novecentos', 100, 100);
add('uno dos _ cuatro _ _ siete ocho nueve diez once doce trece _ _ dieciseis diecisiete dieciocho diecinueve', 1);
add('veinte treinta cuarenta cincuenta sesenta _ ochenta', 20, 10);
add('cien doscientos trescientos cuatrocientos quinientos _ _ ochocientos', 100, 100);
add('une deux trois quatre cinq _ sept huit neuf dix _ douze treize quatorze _ seize', 1);
add('vingt trente quarante cinquante soixante', 20, 10);
add('due _ quattro cinque sei sette otto _ dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove', 2);
add('venti trenta quaranta cinquanta sessanta settanta ottanta novanta', 20, 10);
add('eins zwei drei vier funf sechs sieben acht neun zehn elf zwolf dreizehn vierzehn funfzehn sechzehn siebzehn achtzehn neunzehn', 1);
add('zwanzig dreissig vierzig funfzig sechzig siebzig achtzig neunzig', 20, 10);
add('een twee drie _ vijf zes zeven _ negen tien _ twaalf dertien veertien vijftien zestien zeventien achttien negentien', 1);
add('twintig dertig veertig vijftig zestig zeventig tachtig negentig', 20, 10);
add('ett tva tre fyra fem sex sju atta nio tio elva tolv tretton fjorton femton sexton sjutton arton nitton', 1);
add('tjugo trettio fyrtio femtio sextio sjuttio attio nittio', 20, 10);
add('_ _ _ fire _ seks syv atte ni ti elleve _ tretten fjorten _ seksten sytten atten', 1);
add('tjue tretti forti _ seksti sytti atti nitti', 20, 10);
add('tyve tredive fyrre', 20, 10);
Object.assign(WORDS, {
  cento: 100, ciento: 100, cent: 100, cents: 100, hundred: 100, hundert: 100, honderd: 100, hundra: 100, hundre: 100, hundrede: 100,
  mil: 1000, mille: 1000, mila: 1000, thousand: 1000, tausend: 1000, duizend: 1000, tusen: 1000, tusind: 1000,
  veinti: 20, quatrevingt: 80, quatrevingts: 80, otte: 8, nitten: 19,
});
/** Parts that are numbers only inside a compound word ("tjueto", "einundzwanzig", "vijfentwintig"). */
const INNER: Record<string, number> = { to: 2, en: 1, et: 1, ein: 1, un: 1, um: 1 };
/** Words joining the parts of one number: "vinte e cinco", "cento y uno", "vingt et un", "hundred and ten". */
export const NUMBER_JOINERS = new Set(['e', 'y', 'et', 'and', 'und', 'og', 'och', 'ed']);
const INNER_JOINERS = ['und', 'en', 'og', 'och', 'et'];

export function fold(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').replace(/[-'’]/g, '');
}

let partPrefixes: Set<string> | undefined;
/** Every beginning of a known part: a word's head that is none of them is no part, nor is any longer head. */
function isPartPrefix(head: string): boolean {
  if (!partPrefixes) {
    partPrefixes = new Set();
    for (const part of [...Object.keys(WORDS), ...Object.keys(INNER), ...INNER_JOINERS]) {
      for (let end = 1; end <= part.length; end++) partPrefixes.add(part.slice(0, end));
    }
  }
  return partPrefixes.has(head);
}

/**
 * The parts of one folded word, longest known part first; null when some part is unknown. A joiner
 * ("und", "en", "og") and the one-word numbers of INNER count only inside a compound.
 */
function parts(word: string, inner = false): number[] | null {
  if (!word) return [];
  let longest = 0;
  while (longest < word.length && isPartPrefix(word.slice(0, longest + 1))) longest++;
  for (let end = longest; end > 0; end--) {
    const head = word.slice(0, end);
    const tail = word.slice(end);
    if (INNER_JOINERS.includes(head) && tail && inner) {
      const rest = parts(tail, true);
      if (rest?.length) return rest;
    }
    const value = WORDS[head] ?? (tail || inner ? INNER[head] : undefined);
    if (value !== undefined) {
      const rest = parts(tail, true);
      if (rest) return [value, ...rest];
    }
  }
  return null;
}

/** Adds parts up: a hundred or thousand multiplies what comes before it ("zwei|tausend|fünf|hundert"). */
function total(values: number[]): number {
  let sum = 0;
  let group = 0;
  for (const v of values) {
    if (v === 1000) { sum += (group || 1) * 1000; group = 0; } else if (v === 100) group = (group || 1) * 100;
    else group += v;
  }
  return sum + group;
}

/** The value of one word ("quinze", "zweihundert", "vingt-et-un"), or null. */
export function wordValue(word: string): number | null {
  const p = parts(fold(word));
  return p && p.length ? total(p) : null;
}

/** How big a part is, for telling one number's parts ("cento e vinte") from two numbers ("um acht"). */
function rank(v: number): number {
  return v >= 1000 ? 4 : v >= 100 ? (v % 100 ? 2 : 3) : v >= 20 ? (v % 10 ? 0 : 1) : 0;
}

export interface NumberWords { index: number; length: number; value: number; words: number }

/**
 * Every run of number words in `text`: words joined by spaces, hyphens or a joiner ("e", "y", "and",
 * "und"…), each part smaller than the one before it unless it multiplies ("dois mil e quinhentos").
 */
export function findNumberWords(text: string): NumberWords[] {
  const out: NumberWords[] = [];
  const words = [...text.matchAll(/\p{L}+(?:[-'’]\p{L}+)*/gu)];
  let i = 0;
  while (i < words.length) {
    const first = words[i]!;
    const firstValue = wordValue(first[0]);
    if (firstValue === null) { i++; continue; }
    const values = [firstValue];
    let end = first.index! + first[0].length;
    let last = firstValue;
    let j = i + 1;
    while (j < words.length) {
      let k = j;
      const gap = text.slice(end, words[k]!.index);
      if (!/^[ \t]+$/.test(gap)) break;
      if (NUMBER_JOINERS.has(fold(words[k]![0])) && k + 1 < words.length && /^[ \t]+$/.test(text.slice(words[k]!.index! + words[k]![0].length, words[k + 1]!.index))) k++;
      const v = wordValue(words[k]![0]);
      if (v === null) break;
      const multiplies = (v === 100 || v === 1000) && last < v;
      if (!multiplies && rank(v) >= rank(last) && !(last >= 100)) break;
      if (!multiplies && last >= 100 && v >= last) break;
      values.push(v);
      last = v;
      end = words[k]!.index! + words[k]![0].length;
      j = k + 1;
    }
    out.push({ index: first.index!, length: end - first.index!, value: total(values), words: values.length });
    i = j;
  }
  return out;
}
