/**
 * A Polish performance contract calls the show "Występ" and labels its place, day and start by it ("Miejsce
 * Występu:", "Termin Występu:", "Rozpoczęcie Występu:"); its contacts clause gives each person's job in Polish
 * ("koordynator produkcji", "menedżer zespołu").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understand/index.js';
import { pasted } from './helpers.js';

const UMOWA = [
  'UMOWA O WYSTĘP ARTYSTYCZNY nr 12/2026',
  '§ 1. Przedmiot umowy',
  '1. Miejsce Występu: Klub Stara Przędzalnia, ul. Tkacka 5, 90-001 Łódź.',
  '2. Termin Występu: 18 kwietnia 2026 r. (sobota).',
  '§ 2. Harmonogram',
  '- Rozpoczęcie Występu: godz. 20.30',
  '- Zakończenie imprezy: najpóźniej godz. 23.00',
  '§ 3. Osoby do kontaktu',
  '1. Ze strony Organizatora: Ewa Marczak - koordynator produkcji, tel. +48 600 111 222, e-mail: ewa@przedzalnia.example.pl',
  '2. Ze strony Wykonawcy: Olaf Nowak - menedżer zespołu, tel. +48 600 333 444, e-mail: olaf@band.example.pl',
].join('\n');

test('a Polish contract\'s "Miejsce/Termin/Rozpoczęcie Występu" labels give the venue, day and set', async () => {
  const { extracted } = await understand([pasted(UMOWA)]);
  const g = extracted.general;
  assert.deepEqual([g.venue, g.date, g.setTime, g.curfewTime], ['Klub Stara Przędzalnia', '2026-04-18', '20:30', '23:00']);
});

test('Polish job titles after a contact\'s dash are their roles', async () => {
  const { extracted } = await understand([pasted(UMOWA)]);
  assert.deepEqual(extracted.contacts.map((c) => [c.name, c.role]), [['Ewa Marczak', 'koordynator produkcji'], ['Olaf Nowak', 'menedżer zespołu']]);
});
