/**
 * A French-style performance contract: its parties defined in a paragraph of their own under the
 * party's name, its contacts clause written "For the Party – role: Name — phone — e-mail", and an
 * annexed timetable whose rows carry a remarks column, which settles the clause's indicative show time.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPastedText } from '../../src/extract/index.js';
import { understand } from '../../src/understand/index.js';
import { partiesOf } from '../../src/understand/sections/people.js';
import { linesOf } from '../../src/understand/text/index.js';

const extracted = async (text: string) => (await understand([extractPastedText(text)])).extracted;

const CONTRACT = [
  'CONTRAT DE CESSION DU DROIT D\'EXPLOITATION D\'UN SPECTACLE',
  '',
  'ENTRE LES SOUSSIGNÉS :',
  '',
  'LUMIÈRE NOIRE PRODUCTIONS, SARL au capital de 5 000 €, dont le siège social est situé 8 rue des Forges, 69002 Lyon, représentée par Mme Inès Valat, gérante,',
  '',
  'ci-après dénommée « le Producteur », d\'une part,',
  '',
  'ET',
  '',
  'ASSOCIATION LES DOCKS SONORES, association loi 1901, dont le siège est situé 3 place du Marché, 33000 Bordeaux, représentée par M. Hugo Ferran, Président,',
  '',
  'ci-après dénommée « l\'Organisateur », d\'autre part.',
  '',
  'ARTICLE 2 – DATE, LIEU ET HORAIRES',
  '',
  'Date : vendredi 9 octobre 2026',
  'Lieu : La Halle aux Grains',
  'Horaire de la représentation : 20h30 (horaire indicatif — voir Annexe technique)',
  '',
  'ARTICLE 12 – INTERLOCUTEURS',
  '',
  'Pour le Producteur – chargée de diffusion : Léa Marchetti — 06 12 44 78 90 — lea@lumiere-noire.example.fr',
  'Pour l\'Organisateur – régie de la salle : Paul Ricard — 06 98 76 54 32 — regie@docks-sonores.example.fr',
  '',
  'ANNEXE TECHNIQUE',
  '',
  'Étape\tHoraire\tRemarques',
  'Ouverture des portes\t20h00',
  'Première partie : Les Hirondelles\t20h15 – 20h45\t30 min',
  'Concert Orage Lent\t21h15 – 22h30\t75 min',
].join('\n');

test('a party defined in a paragraph of its own is named by the paragraph above it', () => {
  const text = CONTRACT;
  const parties = partiesOf(text, linesOf({ text, pages: [{ offset: 0, page: 1 }] } as never));
  assert.equal(parties.get('producteur'), 'LUMIÈRE NOIRE PRODUCTIONS');
  assert.equal(parties.get('organisateur'), 'ASSOCIATION LES DOCKS SONORES');
});

test('"For the Party – role: Name — phone — e-mail": the role after the party, the party as company', async () => {
  const x = await extracted(CONTRACT);
  const byName = Object.fromEntries(x.contacts.map((c) => [c.name, c]));
  assert.equal(byName['Léa Marchetti']?.role, 'chargée de diffusion');
  assert.equal(byName['Léa Marchetti']?.company?.toLowerCase(), 'lumière noire productions');
  assert.equal(byName['Léa Marchetti']?.phone, '+33612447890');
  assert.equal(byName['Léa Marchetti']?.email, 'lea@lumiere-noire.example.fr');
  assert.equal(byName['Paul Ricard']?.role, 'régie de la salle');
  assert.equal(byName['Paul Ricard']?.company?.toLowerCase(), 'association les docks sonores');
});

test('an em dash between a name and its number parts them as a spaced hyphen does', async () => {
  const x = await extracted(['Contacts', '', 'Tour manager: Noor Haddad — +44 7700 900123 — noor@example.co.uk'].join('\n'));
  assert.equal(x.contacts[0]?.name, 'Noor Haddad');
  assert.equal(x.contacts[0]?.phone, '+447700900123');
});

test('timetable rows with a remarks column are read; the clause\'s indicative time gives way to them', async () => {
  const x = await extracted(CONTRACT);
  assert.equal(x.general.setTime, '21:15');
  const sets = x.activities.filter((a) => a.kind === 'set');
  assert.deepEqual(sets.map((s) => [s.startTime, s.endTime]), [['20:15', '20:45'], ['21:15', '22:30']]);
  // Alone, the indicative time is still the show's.
  const alone = await extracted(['Date : vendredi 9 octobre 2026', 'Horaire de la représentation : 20h30 (horaire indicatif)'].join('\n'));
  assert.equal(alone.general.setTime, '20:30');
});
