/**
 * E-mail thread splitting. A thread's text is the newest message on top, then older messages as
 * quoted replies ("> " lines, or below an attribution line "On … wrote:", "Am … schrieb …:",
 * "Den … skrev …:", "El … escribió:", "Le … a écrit :", "Op … schreef …:", "-----Original Message-----",
 * or a forwarded header block "From: … / Sent: …").
 *
 * Each message gets its own span, its date (the top one from the e-mail's metadata, older ones from
 * their attribution line) for resolving "Sunday the 16th", and the span of its signature: the block
 * after a closing phrase ("Best,", "Mvh", "Grüße") or a "-- " delimiter.
 */
import type { ExtractedSource } from '../../interfaces.js';
import { findDates } from '../normalise/date.js';
import { linesOf, type Line } from './lines.js';

export interface EmailMessage {
  /** [start, end) of the message's body in the source text, quote markers included. */
  span: [number, number];
  /** The message's lines, with any leading "> " quote markers left in place. */
  lines: Line[];
  /** 0 for the newest message, 1 for the first quoted one… */
  depth: number;
  date: Date | null;
  /** Where the signature begins, if one was recognised. */
  signatureStart: number | null;
}

const ATTRIBUTION = [
  /^\s*On\b.{4,160}\bwrote:\s*$/i,
  /^\s*Am\b.{4,160}\bschrieb\b.{0,120}:\s*$/i,
  /^\s*(Den|På)\b.{4,160}\bskrev\b.{0,120}:\s*$/i,
  /^\s*El\b.{4,160}\bescribi[oó]\b.{0,60}:\s*$/i,
  /^\s*Le\b.{4,160}\ba\s+[ée]crit\s*:\s*$/i,
  /^\s*Op\b.{4,160}\bschreef\b.{0,60}:\s*$/i,
  // Polish "W dniu … napisał(a):", Italian "Il giorno … ha scritto:", Portuguese "Em … escreveu:", Czech "Dne … napsal(a):".
  /^\s*(?:W dniu|Il giorno|Em|Dne)\b.{4,160}\b(?:napisał(?:a|\(a\))?|ha scritto|escreveu|napsal(?:a|\(a\))?)\s*:\s*$/iu,
  // Romanian Gmail "Pe mie., 6 oct. 2027 la 14:22, Ana <ana@…> a scris:".
  /^\s*Pe\b.{4,160}\ba scris\s*:\s*$/iu,
  // Croatian, Bosnian and Serbian Gmail "pet, 15. lis 2027. u 09:12 Ana <ana@…> napisao je:", Slovenian "… je napisal(a):".
  /^\s*\S.{4,200}\b(?:napisao je|napisala je|je napisala?)\s*:\s*$/iu,
  // Bulgarian Gmail "На пн, 19.04.2027 г. в 11:03 Ана <ana@…> написа:", Hebrew "בתאריך יום ב׳, 24 במאי 2027 ב-11:02 מאת Ana <ana@…>:".
  /^\s*На(?!\p{L}).{4,160}(?<!\p{L})написа\s*:\s*$/iu,
  /^\s*בתאריך(?!\p{L}).{4,160}(?<!\p{L})מאת(?!\p{L}).{2,120}:\s*$/u,
  // Mongolian Gmail "Баа, 2027 оны 5-р сарын 21 10:14-д Ana <ana@…> бичсэн:".
  /^\s*\S.{4,200}(?<!\p{L})бичсэн\s*:\s*$/iu,
  // Kyrgyz and Kazakh Gmail "2026-ж., 3-март, шейшемби, саат 11:47 Ana <ana@…> жазды:".
  /^\s*\S.{4,200}(?<!\p{L})жазды\s*:\s*$/iu,
  /^\s*-{2,}\s*(Original Message|Ursprüngliche Nachricht|Ursprungligt meddelande|Mensaje original|Message d'origine|Oorspronkelijk bericht|Forwarded message)\s*-{2,}\s*$/i,
];
// Italian ("Da: / Inviato: / A: / Oggetto:"), Portuguese ("De: / Enviada: / Para: / Assunto:") and
// Polish ("Od: / Wysłano: / Do: / Temat:"), Icelandic ("Frá: / Sent: / Til: / Efni:"), Bulgarian ("От: / Изпратено: /
// До: / Относно:") and Hebrew ("מאת: / נשלח: / אל: / נושא:") Outlook blocks too.
const HEADER_FROM = /^\s*(From|Von|Från|De|Van|Da|Od|Frá|От|מאת)\s*:\s*\S/i;

/** "On 2 May, Ana Ruiz <ana@…> wrote:": the line introducing a quoted message (its writer is no contact by that alone). */
export function isAttribution(line: Line): boolean {
  const bare = line.text.replace(/^(\s*>)+\s?/, '');
  return ATTRIBUTION.some((re) => re.test(bare));
}
const HEADER_DATE = /^\s*(Sent|Date|Gesendet|Datum|Skickat|Enviado|Enviada|Envoyé|Verzonden|Inviato|Data|Wysłano|Изпратено|Дата|נשלח|תאריך)\s*:\s*(.+)$/iu;

const CLOSING = /^\s*(best( regards| wishes)?|kind regards|regards|(?:yours )?(?:sincerely|faithfully|truly)(?: yours)?|respectfully(?: yours)?|cheers|thanks( a lot| again| a million| so much)?|thank you|all the best|br|mvh|med vänliga hälsningar|vänliga hälsningar|hälsningar|(viele|beste|liebe) grüße|mit freundlichen grüßen|lg|vg|saludos( cordiales)?|un saludo|abrazos|atentamente|cordialement|bien à vous|amitiés|belle journée|bonne journée|bonne soirée|à bientôt|bien cordialement|salutations|bises|herzliche grüße|schöne grüße|cordiali saluti|saluti|saluti cordiali|distinti saluti|un saluto|un abbraccio|buon lavoro|a presto|grazie( mille)?|un abrazo|(?:um )?abraços?|beijinhos|beijos|atenciosamente|(?:com os )?(?:melhores )?cumprimentos|(?:(?:med )?venn?lig(?:st)? |beste |bedste |mange )?hils(?:en|ner)|terveisin|ystävällisin terveisin|met vriendelijke groet(en)?|groeten|groetjes|groet|kv|kveðja|(?:bestu|góðar|kærar) kveðjur|(?:með )?(?:bestu |kærri )?kveðju|kær kveðja|(?:много )?поздрави|с поздрав|с уважение|с уважением|с наилучшими пожеланиями|всего доброго|з повагою|урматтоо менен|благодаря|всичко хубаво|בברכה|תודה(?: רבה)?|יום טוב|המשך יום טוב|להתראות)\s*[,!.]?\s*$/i;

/**
 * Whether line `index` is a header line ("Date: Tue, 1 Jun 2027") of a forwarded or quoted
 * message's header block, i.e. within a few lines of its "From:" line: the date a message was sent,
 * not a date its text states.
 */
export function inHeaderBlock(lines: Line[], index: number): boolean {
  const bare = (i: number) => lines[i]?.text.replace(/^(\s*>)+\s?/, '') ?? '';
  if (!HEADER_DATE.test(bare(index)) && !/^\s*(To|An|Till|Para|À|Aan|A|Do|Cc|Subject|Betreff|Ämne|Asunto|Objet|Onderwerp|Oggetto|Assunto|Temat|Til|Efni|До|Копие|Относно|אל|עותק|נושא)\s*:/iu.test(bare(index))) return false;
  for (let i = Math.max(0, index - 4); i <= index + 4; i++) if (i !== index && HEADER_FROM.test(bare(i))) return true;
  return false;
}

export function isQuoted(line: Line): boolean {
  return /^\s*>/.test(line.text);
}

/** A quoted line with its "> > " markers blanked, offsets kept: older messages of a thread are read too. */
export function unquoted(line: Line): Line {
  return { ...line, text: line.text.replace(/^(\s*>)+/, (q) => ' '.repeat(q.length)) };
}

/** How deep in the thread's quotes `offset` lies: 0 in the newest message (or outside any message). */
export function depthAt(messages: EmailMessage[], offset: number): number {
  return messages.find((m) => m.lines.some((l) => l.start <= offset && offset <= l.end))?.depth ?? 0;
}

/** The date an attribution line or header block states, if it parses. */
function attributionDate(text: string): Date | null {
  // "Am 28.09.2027 um 18:02": day.month.year, as German, Nordic and Finnish mail clients write it.
  const dotted = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(text);
  if (dotted) {
    const parsed = new Date(Date.UTC(Number(dotted[3]), Number(dotted[2]) - 1, Number(dotted[1]), 12));
    if (parsed.getUTCDate() === Number(dotted[1])) return parsed;
  }
  // "10. November 2027": German writes the day with a full stop.
  const m = /(\d{1,2})\.?\s+([A-Za-zäéû]{3,})\.?\s+(\d{4})(?:[^\d]+(\d{1,2}):(\d{2}))?/.exec(text)
    ?? /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  // "mercoledì 13 ottobre 2027 18:42": a month the JavaScript date parser does not know.
  if (!m) {
    // "Tuesday, November 9, 2027 5:42 PM": the month first.
    const any = findDates(text).find((d) => d.hasYear);
    return any ? new Date(`${any.value}T12:00:00Z`) : null;
  }
  const written = findDates(m[0]).find((d) => d.hasYear);
  if (written && !/^\d{4}-/.test(m[0])) return new Date(`${written.value}T12:00:00Z`);
  const parsed = m[0].includes('-') && /^\d{4}-/.test(m[0]) ? new Date(`${m[0]}T12:00:00Z`) : new Date(`${m[1]} ${m[2]} ${m[3]} 12:00 UTC`);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

function metadataDate(source: Pick<ExtractedSource, 'metadata'>): Date | null {
  const raw = source.metadata['date'];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A closing phrase, also written in two languages ("Atentamente / Kind regards"). */
function isClosing(text: string): boolean {
  const halves = text.split(/\s+\/\s+/);
  return CLOSING.test(text) || (halves.length === 2 && halves.some((h) => CLOSING.test(h)));
}

/** A legal notice a mail server appends after "--" ("AVISO LEGAL: Este mensaje…", "Disclaimer: This e-mail is confidential…"). */
const LEGAL_NOTICE = /^\s*(?:aviso legal|disclaimer|confidentiality notice|legal notice|avis de confidentialit[ée]|avertissement|haftungsausschluss|vertraulichkeitshinweis|this (?:e-?mail|message) (?:and any attachments )?(?:is|are|may be) (?:confidential|intended)|este (?:mensaje|correo)|ce message|diese (?:e-?mail|nachricht)|questo messaggio)/i;

/**
 * A person may sign with their own phone or e-mail above a "--" that opens the firm's footer
 * ("Kind regards" / name / title / mobile / mailbox / "--" / firm, address, switchboard): the
 * signature is theirs, from the line after the closing. Null when no closing with a phone or e-mail
 * below it stands within eight lines above the "--" at `dash`.
 */
function signedAbove(lines: Line[], dash: number): number | null {
  for (let i = dash - 1; i >= Math.max(0, dash - 8); i--) {
    const text = lines[i]!.text.replace(/^(?:\s*>)+\s?/, '');
    if (!isClosing(text)) continue;
    const signed = lines.slice(i + 1, dash).some((l) => /@|\d[\d ()-]{6,}\d/.test(l.text));
    return signed ? lines[i + 1]?.start ?? null : null;
  }
  return null;
}

/** A line holding a phone number or an e-mail address. */
const REACHABLE = /@|\d[\d ().-]{6,}\d/;
/** A rule of "=", "-" or "_" opening the document a message pastes. */
const RULE_LINE = /^[ \t]*(?:={8,}|-{8,}|_{8,})[ \t]*$/;
/** The most lines a sign-off's block runs to: name, title, firm, address, phone, mailbox and one more. */
const SIGNED_BLOCK_LINES = 7;

/**
 * A sign-off above a document the message goes on to paste ("Thanks!" / name / title / firm / phone / mailbox,
 * a blank line, then a rule opening the confirmation itself): the closing stands too far from the message's end
 * to mark its signature (signatureStart), yet the block under it up to its blank line is the signer's. The block's
 * [start, end) in the source; null when no closing has a block with a phone or e-mail and a rule below it.
 */
export function signOffAbovePaste(lines: Line[]): [number, number] | null {
  for (let i = 0; i < lines.length; i++) {
    if (!isClosing(lines[i]!.text.replace(/^(?:\s*>)+\s?/, ''))) continue;
    const first = lines[i + 1]?.text.trim() ? i + 1 : i + 2;
    let end = first;
    while (end < lines.length && lines[end]!.text.trim()) end++;
    const block = lines.slice(first, end);
    const pasted = RULE_LINE.test(lines.slice(end).find((l) => l.text.trim())?.text ?? '');
    if (block.length >= 2 && block.length <= SIGNED_BLOCK_LINES && pasted && block.some((l) => REACHABLE.test(l.text))) {
      return [block[0]!.start, block[block.length - 1]!.end];
    }
  }
  return null;
}

function signatureStart(lines: Line[]): number | null {
  // Where the message's own text ends: before a legal notice the server appended after "--".
  let end = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    // A reply quoted twice ("> > --") keeps its signature too.
    const text = lines[i]!.text.replace(/^(?:\s*>)+\s?/, '');
    if (/^--\s*$/.test(text)) {
      if (LEGAL_NOTICE.test(lines[i + 1]?.text ?? '')) { end = i; continue; }
      return signedAbove(lines, i) ?? lines[i + 1]?.start ?? null;
    }
    // A closing phrase near the end: the signature is what follows it.
    if (isClosing(text) && end - i <= 12) return lines[i + 1]?.start ?? null;
  }
  return null;
}

export function splitThread(source: Pick<ExtractedSource, 'text' | 'pages' | 'metadata'>, lines = linesOf(source)): EmailMessage[] {
  const messages: EmailMessage[] = [];
  let current: Line[] = [];
  const newestDate = metadataDate(source);
  let date = newestDate;
  let depth = 0;
  let quoteLevel = 0;
  let afterAttribution = false;
  // The quoted message an inline answer interrupts, to go back to when the quotes resume.
  let resumed: { depth: number; date: Date | null } | null = null;
  const close = () => {
    const body = current.filter((l) => l.text.trim());
    if (body.length) {
      messages.push({
        span: [body[0]!.start, body[body.length - 1]!.end],
        lines: current, depth, date, signatureStart: signatureStart(body),
      });
    }
    current = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const bare = line.text.replace(/^(\s*>)+\s?/, '');
    const level = (/^(\s*>)+/.exec(line.text)?.[0].match(/>/g) ?? []).length;
    if (ATTRIBUTION.some((re) => re.test(bare)) || (HEADER_FROM.test(bare) && lines.slice(i + 1, i + 5).some((l) => HEADER_DATE.test(l.text.replace(/^(\s*>)+\s?/, ''))))) {
      close();
      depth++;
      const header = lines.slice(i, i + 6).map((l) => l.text.replace(/^(\s*>)+\s?/, ''));
      // The block's "Sent:" line dates it, not a date in its subject ("Betreff: Advance – 20.11.2027").
      const sent = header.map((t) => HEADER_DATE.exec(t)?.[2]).find((t) => t !== undefined);
      date = attributionDate(sent ?? bare) ?? attributionDate(header.join(' ')) ?? date;
      // Skip the rest of a forwarded header block.
      while (i + 1 < lines.length && /^\s*(>\s*)*(To|An|Till|Para|À|Aan|A|Do|Cc|Subject|Betreff|Ämne|Asunto|Objet|Onderwerp|Oggetto|Assunto|Temat|Sent|Date|Gesendet|Datum|Skickat|Enviado|Enviada|Envoyé|Verzonden|Inviato|Data|Wysłano|До|Копие|Относно|Изпратено|Дата|אל|עותק|נושא|נשלח|תאריך)\s*:/iu.test(lines[i + 1]!.text)) i++;
      quoteLevel = level;
      afterAttribution = true;
      resumed = null;
      continue;
    }
    const content = line.text.trim().replace(/^[>\s]+/, '');
    // Unquoted lines under quoted ones are answers written inline: the newest message's own text.
    if (level === 0 && quoteLevel > 0 && content) {
      close();
      resumed = { depth, date };
      depth = 0;
      date = newestDate;
      quoteLevel = 0;
    } else if (level > 0 && resumed && content) {
      // The quoted questions go on after an inline answer: back to the quoted message.
      close();
      ({ depth, date } = resumed);
      resumed = null;
      quoteLevel = level;
    }
    // Quoting deeper starts an older message, unless an attribution line has just started it.
    if (level > quoteLevel && content) {
      if (!afterAttribution) { close(); depth++; }
      quoteLevel = level;
    }
    if (content) afterAttribution = false;
    current.push(line);
  }
  close();
  return messages;
}
