/** A festival portal's notification mailing the act its updated "fiche artiste": an itinerary; its change markers are no values. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extractPastedText } from '../../src/extract/index.js';
import { categorise } from '../../src/understand/sections/documents.js';
import { extract as hotels } from '../../src/understand/sections/hotels.js';
import { run, show } from './sections/travel-fixtures.js';
import { understand } from '../../src/understand/index.js';

const NOTICE = [
  'Bonjour Léa,',
  '',
  'Votre fiche artiste a été mise à jour. Les éléments modifiés sont signalés par [MODIFIÉ].',
  '',
  'HORAIRES DU JOUR',
  '16h00\tBalance - Grande Scène',
  '21h00\tConcert - Grande Scène',
  '',
  'HÔTEL\t[MODIFIÉ]',
  'Hôtel assigné : Hôtel des Remparts',
  'Arrivée : vendredi 21/08/2026, à partir de 15h00',
  'Départ : dimanche 23/08/2026, avant 11h00',
  'Chambres : 3',
].join('\n');

const mail = (subject: string, text: string): ExtractedSource => ({
  ...extractPastedText(text), name: 'notification.eml', origin: 'file', format: 'eml', metadata: { subject, from: 'Portail <notifications@portail.example.fr>' },
});

test('a mail about the act\'s "fiche artiste" is an itinerary, however it greets', () => {
  assert.equal(categorise(mail('[Les Nuits du Lac 2026] Votre fiche artiste a été mise à jour', NOTICE)), 'itinerary');
});

test('a heading flagged "[MODIFIÉ]" opens no hotel of that name', () => {
  const drafts = run(hotels, extractPastedText(NOTICE), show('2026-08-22', 'Annecy', 'FR'));
  assert.deepEqual(drafts.map((h) => h.name?.value), ['Hôtel des Remparts']);
});

test('the subject\'s "[Name 2026]" tag names the event; the portal\'s firm signing the footer is nobody', async () => {
  const subject = '[Les Nuits du Lac 2026] Votre fiche artiste a été mise à jour';
  const text = [
    'From: Portail <notifications@portail.example.fr>', `Subject: ${subject}`, '', NOTICE, '',
    'ÉQUIPE ACCUEIL', 'Julie Marchand - Coordination artistes', '  GSM +33 6 12 34 56 78 - julie@nuitsdulac.example.fr', '',
    'Festival Les Nuits du Lac - 2 quai de l\'Est, 74000 Annecy', '',
    '--', 'Envoyé automatiquement par Portail. Écrivez à accueil@nuitsdulac.example.fr.', 'Portail SRL - Rue Haute 12, 1000 Bruxelles',
  ].join('\n');
  const { extracted } = await understand([mail(subject, text)]);
  assert.equal(extracted.general.eventName, 'Les Nuits du Lac 2026');
  assert.deepEqual(extracted.contacts.map((c) => c.name), ['Julie Marchand']);
});
