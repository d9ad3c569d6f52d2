import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedSource } from '../../src/interfaces.js';
import { extractPastedText } from '../../src/extract/index.js';
import { extract as general } from '../../src/understand/sections/general.js';
import { run, values } from './sections/travel-fixtures.js';

/** Text read as an attached file of the given name. */
const attached = (name: string, text: string): ExtractedSource => ({ ...extractPastedText(text), name, origin: 'file' });
const read = (name: string, text: string) => run(general, attached(name, text)).map(values);

test('a rider names its act in the title, a contact list its event; nothing else comes from them', () => {
  assert.deepEqual(read('rider.docx', [
    'COPPER WILLOWS',
    'Hospitality Rider 2027',
    'Version 2 - updated 3 February 2027.',
    'Please provide still water and fruit.',
  ].join('\n')), [{ artist: 'Copper Willows' }]);
  assert.deepEqual(read('list.xlsx', [
    'RIVERSIDE NIGHTS OF THE NORTH 2027 – Contact list',
    'Role\tName\tPhone',
    'Production\tIda Brandt\t+46 70 555 01 02',
  ].join('\n')), [{ eventName: 'Riverside Nights of the North 2027' }]);
  // A header row is no title.
  assert.deepEqual(read('crew.csv', 'Full name,Role,Phone,E-mail\nIda Brandt,Production,+46 70 555 01 02,ida@example.se'), []);
});

test('a contract: the party defined as the artist is the act, a quoted series the event, an Italian "presso" the venue', () => {
  const draft = read('contratto.pdf', [
    'CONTRATTO DI SCRITTURA',
    'TRA',
    'Circolo Vento, con sede in Via Roma 1, 40121 Bologna (di seguito "l\'Organizzatore")',
    'E',
    'Paper Comets Ltd, 3 Dock Street, Hull (di seguito "l\'Artista")',
    '',
    'L\'Artista si impegna a esibirsi dal vivo presso Sala Grande, Via Emilia 20, 40125 Bologna, il giorno venerdì 8 ottobre 2027, nell\'ambito della rassegna "Suoni di Ottobre".',
  ].join('\n'))[0]!;
  assert.equal(draft['artist'], 'Paper Comets');
  assert.equal(draft['eventName'], 'Suoni di Ottobre');
  assert.equal(draft['venue'], 'Sala Grande');
  assert.equal(draft['address'], 'Via Emilia 20, 40125 Bologna');
  assert.equal(draft['date'], '2027-10-08');
});

test('a day sheet\'s date in its title outweighs dates mentioned more often below it', () => {
  const draft = read('daysheet.pdf', [
    'DAY SHEET',
    'Friday 9 April 2027 | Ghent | Show day 3',
    'Venue: Zaal Noord',
    'Load-in 14:00',
    'Hotel check-out: Sat 10 April 2027, 11:00',
    'Tomorrow (Sat 10 April 2027): travel day.',
  ].join('\n'))[0]!;
  assert.equal(draft['date'], '2027-04-09');
  // A version line dates the document, not the show.
  const versioned = read('plan.pdf', [
    'DAY SHEET', 'v2, updated 01/04/2027', 'Friday 9 April 2027 | Ghent', 'Venue: Zaal Noord',
    'Check-out: Sat 10 April 2027', 'Tomorrow (Sat 10 April 2027): travel day.',
  ].join('\n'))[0]!;
  assert.equal(versioned['date'], '2027-04-09');
});
