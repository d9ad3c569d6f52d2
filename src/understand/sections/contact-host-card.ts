/**
 * A holiday-rental platform's confirmation introduces the place's host in a card of its own: a heading alone
 * on its line ("Your host", "Meet your host"), the host's name opening the next line, maybe with the
 * platform's badges after a dot ("Ann Lee · Superhost · hosting since 2019"), and the host's labelled phone
 * under it ("Phone: +31 6 …"). No other reader takes a name under a heading with no role word: the host is
 * the party's contact at the place, with the role the heading gives.
 */
import type { Contact } from '../../interfaces.js';
import { found, type Draft } from '../found.js';
import { normalisePersonName, normalisePhone } from '../normalise/index.js';
import { evidenceAt, type Reading } from '../text/index.js';
import { looksLikePersonName } from './people.js';
import { LABELLED_PHONE_LINE } from './travel/stay-listing.js';

const HOST_ROLE = 'Host';
const HOST_HEADING = /^[ \t]*(?:your|meet your)[ \t]+(host)[ \t]*:?[ \t]*$/i;
/** The name, then the platform's badges after a middle dot or a bar. */
const NAME_LINE = /^[ \t]*([^·•|\n]+?)[ \t]*(?:[·•|][^\n]*)?$/;
/** The phone's labelled line, the number ending it. */
const PHONE_LINE = new RegExp(String.raw`${LABELLED_PHONE_LINE.source}[ \t]*$`, 'i');
/** How many lines under the name the phone may stand. */
const PHONE_REACH = 2;

export function hostCardContacts(r: Reading, country: string | null): Draft<Contact>[] {
  const out: Draft<Contact>[] = [];
  r.lines.forEach((line, i) => {
    const heading = HOST_HEADING.exec(line.text);
    const nameLine = r.lines[i + 1];
    const written = nameLine ? NAME_LINE.exec(nameLine.text)?.[1] : undefined;
    if (!heading || !nameLine || !written || !looksLikePersonName(written)) return;
    const phoneLine = r.lines.slice(i + 2, i + 2 + PHONE_REACH).find((l) => PHONE_LINE.test(l.text));
    const number = phoneLine ? PHONE_LINE.exec(phoneLine.text)![1]! : undefined;
    const phone = number ? normalisePhone(number, country) : null;
    const name = normalisePersonName(written);
    if (!phone || !name) return;
    const nameAt = nameLine.start + nameLine.text.indexOf(written);
    const roleAt = line.start + heading.index + heading[0].indexOf(heading[1]!);
    const phoneAt = phoneLine!.start + phoneLine!.text.lastIndexOf(number!);
    out.push({
      name: found(name, evidenceAt(r.source, [nameAt, nameAt + written.length], 'pattern')),
      role: found(HOST_ROLE, evidenceAt(r.source, [roleAt, roleAt + heading[1]!.length], 'pattern')),
      phone: found(phone.value, evidenceAt(r.source, [phoneAt, phoneAt + number!.length], 'pattern', phone.validated)),
    });
  });
  return out;
}

/** A rental's host, as a host card names them: their phone is also the rental's line (merge/import.ts keeps both). */
export function isRentalHost(c: Draft<Contact>): boolean {
  return c.role?.value === HOST_ROLE;
}
