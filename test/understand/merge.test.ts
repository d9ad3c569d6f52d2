import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Activity, Contact, Deal, Flight, Hotel } from '../../src/interfaces.js';
import { found, type Evidence } from '../../src/understand/found.js';
import {
  mergeFields, mergeList, preferSpecificNames, sameActivity, sameContact, sameFlight, sameHotel, type Conflict,
} from '../../src/understand/merge/index.js';
import { scoreOf } from '../../src/understand/confidence/index.js';

const ev = (source: string, method: Evidence['method'] = 'label'): Evidence =>
  ({ method, source, page: null, span: [0, 1], validated: null });

test('a field two sources disagree on becomes a conflict, and its score drops', () => {
  const conflicts: Conflict[] = [];
  const merged = mergeFields<Deal>([
    { fee: found(3200, ev('contract.pdf')), currency: found('EUR', ev('contract.pdf')) },
    { fee: found(3000, ev('mail.eml', 'pattern')), currency: found('EUR', ev('mail.eml', 'pattern')) },
  ], conflicts);
  assert.equal(merged.fee!.value, 3200);
  assert.equal(merged.fee!.conflict, true);
  assert.equal(merged.currency!.support, 2);
  assert.deepEqual(conflicts.map((c) => c.field), ['fee']);
  assert.ok(scoreOf(merged.fee!) < scoreOf({ ...merged.fee!, conflict: false }));
  assert.ok(scoreOf(merged.currency!) >= scoreOf({ ...merged.currency!, support: 1 }));
});

test('a field every draft leaves undefined stays out of the merge, not an empty list', () => {
  const merged = mergeFields<Hotel>([{ name: undefined, rooms: found(2, ev('a.pdf')) }, { name: undefined }]);
  assert.deepEqual(Object.keys(merged), ['rooms']);
});

test('two readings of one source that differ are not a conflict', () => {
  const conflicts: Conflict[] = [];
  mergeFields<Deal>([{ fee: found(3200, ev('a.pdf')) }, { fee: found(320, ev('a.pdf', 'pattern')) }], conflicts);
  assert.equal(conflicts.length, 0);
});

test('contacts merge by e-mail, else phone, else name, keeping every field', () => {
  const a: Contact[] = [];
  const merged = mergeList<Contact>([
    { name: found('Greta Aalto', ev('a')), email: found('greta@z.de', ev('a')) },
    { name: found('G. Aalto', ev('b')), email: found('greta@z.de', ev('b')), phone: found('+4976215550190', ev('b')) },
    { name: found('Paul Ritter', ev('c')), phone: found('+4976215550144', ev('c')) },
    { name: found('Paul Ritter', ev('d')), role: found('Stage manager', ev('d')) },
    { name: found('Omar Haddad', ev('e')), email: found('omar@x.se', ev('e')) },
    { name: found('Omar Haddad', ev('f')), email: found('other@x.se', ev('f')) },
  ], sameContact);
  assert.equal(merged.length, 4 + a.length);
  assert.equal(merged[0]!.phone!.value, '+4976215550190');
  assert.equal(merged[1]!.role!.value, 'Stage manager');
});

test('one flight from several documents, each passenger once', () => {
  const merged = mergeList<Flight>([
    { flightNumber: found('LH2290', ev('a')), date: found('2026-03-18', ev('a')), passengers: [{ name: found('Tove Lind', ev('a')) }] },
    { flightNumber: found('LH2290', ev('b')), date: found('2026-03-18', ev('b')), passengers: [{ name: found('Tove Lind', ev('b')), seat: found('7A', ev('b')) }, { name: found('Omar Haddad', ev('b')) }] },
    { flightNumber: found('LH2290', ev('c')), date: found('2026-03-19', ev('c')) },
  ], sameFlight);
  assert.equal(merged.length, 2);
  assert.deepEqual(merged[0]!.passengers!.map((p) => [p.name!.value, p.seat?.value]), [['Tove Lind', '7A'], ['Omar Haddad', undefined]]);
});

test('hotels merge by name and overlapping stay, or by booking reference', () => {
  const hotel = (name: string, checkIn: string, ref?: string): Hotel extends never ? never : Parameters<typeof sameHotel>[0] => ({
    name: found(name, ev('x')), checkInDate: found(checkIn, ev('x')), ...(ref ? { bookingReference: found(ref, ev('x')) } : {}),
  });
  assert.equal(sameHotel(hotel('Hotel Strand', '2026-07-12'), hotel('Strand', '2026-07-12')), true);
  assert.equal(sameHotel(hotel('Hotel Strand', '2026-07-12'), hotel('Hotel Strand', '2026-08-01')), false);
  assert.equal(sameHotel(hotel('Hotel Strand', '2026-07-12', 'HS-1'), hotel('Strandhotellet', '2026-07-12', 'HS-1')), true);
});

test('an activity called "Show" is the act\'s named set at the same time, without a conflict', () => {
  const conflicts: Conflict[] = [];
  const drafts: Parameters<typeof sameActivity>[0][] = [
    { name: found('Show', ev('a')), kind: found<Activity['kind']>('set', ev('a')), startTime: found('21:00', ev('a')) },
    { name: found('Marrow Lanterns', ev('b')), kind: found<Activity['kind']>('set', ev('b')), startTime: found('21:00', ev('b')) },
    { name: found('Soundcheck', ev('b')), kind: found<Activity['kind']>('soundcheck', ev('b')), startTime: found('21:00', ev('b')) },
  ];
  const merged = mergeList(drafts, sameActivity, '', conflicts, preferSpecificNames);
  assert.equal(merged.length, 2);
  assert.equal(merged[0]!.name!.value, 'Marrow Lanterns');
  assert.equal(conflicts.length, 0);
});
