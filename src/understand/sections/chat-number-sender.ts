/**
 * A chat's writer the exporting phone has not saved appears as their number ("+234 703 100 4472:
 * Haruna here, stage manager"); when such a writer names themself in a message, the number they
 * write under is theirs: "This is Haruna Tukur, stage manager", "It's Ana Ruiz here", Hausa
 * "Haruna Tukur ne, stage manager" (it is Haruna Tukur) or "Sunana Haruna Tukur" (my name is).
 * The role is the words up to the last role word after the name ("stage manager na Jos concert").
 */
import type { Contact } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { normalisePersonName, normalisePhone } from '../normalise/index.js';
import { evidenceAt, type Reading } from '../text/index.js';
import { looksLikePersonName } from './people.js';
import { roleWords, selfNamed } from './chat-introductions.js';

/** A sender that is a phone number: "+234 703 100 4472", "+44 7700 900123". */
const NUMBER_SENDER = /^\+\d[\d \u00A0().-]{6,20}\d$/u;
const NAME = String.raw`(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,2})`;
/** The writer names themself, at a sentence's start (after a greeting, "Hi all,"): "this is X", "it's X", "I'm X", "my name is X", "X here", Hausa "X ne", "sunana X". */
const SELF_NAMED = new RegExp(
  String.raw`(?:^|[.!?]\s+|\n)(?:(?:hi|hello|hey|good (?:morning|afternoon|evening))(?:\s+(?:all|everyone|everybody|team|guys|folks|zusammen))?[,!]?\s+)?(?:(?:this is|it['’]s|i['’]m|i am|my name is|sunana|ni ne)\s+${NAME}|${NAME}\s+(?:here|ne)(?![\p{L}]))`,
  'iu',
);

export function numberSenderContacts(r: Reading, country: string | null): Draft<Contact>[] {
  if (r.turns.length < 3) return [];
  const out: Draft<Contact>[] = [];
  const seen = new Set<string>();
  for (const turn of r.turns) {
    const sender = turn.sender.trim();
    if (!NUMBER_SENDER.test(sender) || seen.has(sender)) continue;
    const text = r.source.text.slice(turn.span[0], turn.span[1]);
    const m = SELF_NAMED.exec(text);
    const written = m ? (m[1] ?? m[2])! : null;
    // The name's words must be capitalised as written (the pattern is case-blind for its fixed words).
    if (!written || !/^\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)+$/u.test(written) || !looksLikePersonName(written)) continue;
    const name = normalisePersonName(written);
    const phone = normalisePhone(sender, country);
    if (!name || !phone) continue;
    seen.add(sender);
    const nameAt = turn.span[0] + m!.index + m![0].lastIndexOf(written);
    const draft: Draft<Contact> = {
      name: found(name, evidenceAt(r.source, [nameAt, nameAt + written.length], 'pattern')),
      phone: found(phone.value, evidenceAt(r.source, [turn.senderAt, turn.senderAt + sender.length], 'pattern', phone.validated)),
    };
    // "…, stage manager na Jos concert.": the role after the name, in its sentence.
    const after = text.slice(m!.index + m![0].length);
    const clause = /^\s*,\s*([^.!?\n,]{2,60})/u.exec(after);
    const role = clause ? roleWords(clause[1]!.trim()) : null;
    // "Emre Kaya here, runner for Nordklang Konzerte": the company after the role.
    const intro = selfNamed(text, name);
    if (intro) draft.company = found(intro.company.value, evidenceAt(r.source, [turn.span[0] + intro.company.index, turn.span[0] + intro.company.index + intro.company.value.length], 'pattern'));
    if (role) {
      const roleAt = turn.span[0] + m!.index + m![0].length + clause![0].indexOf(role);
      draft.role = found(role, evidenceAt(r.source, [roleAt, roleAt + role.length], 'pattern'));
    }
    out.push(draft);
  }
  return out;
}
