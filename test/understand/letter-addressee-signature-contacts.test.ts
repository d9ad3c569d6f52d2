/**
 * A letter's people: its addressee ("À l'attention de M. …, role" over the address and the e-mail) and its
 * signer (name, role, company, direct line, mobile, then the e-mail five lines down).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extract as contacts } from '../../src/understand/sections/contacts.js';
import { isCompanyName } from '../../src/understand/sections/contact-company-sense.js';
import { pasted } from './helpers.js';
import { run, values } from './sections/travel-fixtures.js';

const attached = (text: string): ExtractedSource => ({ ...pasted(text), name: 'lettre.pdf', origin: 'file' });

const LETTER = attached([
  'ORCHARD LIGHTS TOURING LTD',
  "À l'attention de M. Jonas Verhoeven, Production Manager",
  'Unit 7, Mill Lane Studios',
  'Bristol BS1 6XY — Royaume-Uni',
  'jonas@orchardlights.example.co.uk · +44 7700 900321',
  '',
  'Madame, Monsieur,',
  'Nous avons le plaisir de vous confirmer votre réservation.',
  '',
  'Salutations distinguées.',
  '',
  'Elise Ferrand',
  'Chargée de clientèle Groupes',
  'Hôtel des Tanneurs',
  'Ligne directe : +33 (0)3 88 10 20 30',
  'Mobile : 06 12 34 56 78',
  'e.ferrand@hotel-tanneurs.example.fr',
].join('\n'));

test("a letter's addressee after \"À l'attention de M.\" is a contact with the role beside the name", () => {
  const people = run(contacts, LETTER).map(values);
  const jonas = people.find((p) => p['name'] === 'Jonas Verhoeven');
  assert.equal(jonas?.['role'], 'Production Manager');
  assert.equal(jonas?.['email'], 'jonas@orchardlights.example.co.uk');
  assert.notEqual(jonas?.['company'], 'Unit 7');
});

test("a signature's e-mail five lines below the name still makes the signer a contact", () => {
  const elise = run(contacts, LETTER).map(values).find((p) => p['name'] === 'Elise Ferrand');
  assert.equal(elise?.['email'], 'e.ferrand@hotel-tanneurs.example.fr');
  assert.equal(elise?.['company'], 'Hôtel des Tanneurs');
});

test('a unit of a building ("Unit 7", "Suite 210") is no company', () => {
  assert.equal(isCompanyName('Unit 7'), false);
  assert.equal(isCompanyName('Suite 210'), false);
  assert.equal(isCompanyName('Orchard Lights Touring Ltd'), true);
});

test("a signature's firm is its line with a legal form: below a role's gloss, or beside the festival's brand", () => {
  const mail = attached([
    'Thanks, see you on the 14th.',
    '',
    'Yusuf Adan',
    'Promoter · Dhiirrigeliye',
    'Horseed Live LLC',
    '1400 Lake St, Minneapolis, MN 55408',
    'Tel: (612) 555-0199 · yusuf@horseedlive.example.com',
    '',
    'Salam,',
    'Sari Wulandari',
    'Artist Relations',
    'Pesta Pantai 2027 | PT Pantai Raya Kreasi',
    'M: +62 812-5550-1188',
    'E: sari@pantairaya.example.id',
  ].join('\n'));
  const people = run(contacts, mail).map(values);
  assert.equal(people.find((p) => p['name'] === 'Yusuf Adan')?.['company'], 'Horseed Live LLC');
  assert.equal(people.find((p) => p['name'] === 'Sari Wulandari')?.['company'], 'PT Pantai Raya Kreasi');
});
