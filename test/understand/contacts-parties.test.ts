import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPastedText } from '../../src/extract/index.js';
import { extract as contacts } from '../../src/understand/sections/contacts.js';
import { contactRows, run } from './sections/travel-fixtures.js';

test('a contract\'s contacts speak for a defined party: the bracket is their role, the party their company', () => {
  assert.deepEqual(contactRows([
    'BETWEEN',
    'Quayside Arts Trust, registered at 4 Mill Row, Exeter, represented by its director',
    'Ada Finch (hereinafter "the Organiser")',
    'AND',
    'Brass Orchard Ltd, 9 Kiln Yard, Leeds (hereinafter "the Artist")',
    '',
    'For the Organiser (production): Tom Reeve, tel. +44 7700 900555, tom@quaysidearts.example.org',
  ].join('\n')), [['Tom Reeve', 'production', 'Quayside Arts Trust', '+447700900555', 'tom@quaysidearts.example.org']]);
});

test('a role heading in capitals run into the name is the role, not part of the name', () => {
  assert.deepEqual(contactRows('STAGE MANAGER Lena Voss +49 171 555 0199 lena@voss.example.de'),
    [['Lena Voss', 'Stage Manager', null, '+491715550199', 'lena@voss.example.de']]);
});

test('under a label naming no role, a register or regulation number is no phone and makes no contact', () => {
  assert.deepEqual(contactRows([
    'Driving hours: Under Regulation (EU) No. 561/2006 a driver may drive nine hours a day.',
    'Management: HRB 123456, District Court Bremen',
  ].join('\n')), []);
});

test('a Portuguese or Italian contact sheet header is read as a table', () => {
  assert.deepEqual(contactRows([
    'Função\tNome\tEmpresa\tTelemóvel\tEmail',
    'Produção\tRita Lobo\tCasa Azul Lda.\t912 345 678\trita@casaazul.example.pt',
    'Motorista\tRui Sá\tTransportes Sá\t+351 936 111 222\t—',
  ].join('\n'), 'PT'), [
    ['Rita Lobo', 'Produção', 'Casa Azul Lda.', '+351912345678', 'rita@casaazul.example.pt'],
    ['Rui Sá', 'Motorista', 'Transportes Sá', '+351936111222', null],
  ]);
  assert.deepEqual(contactRows('Ruolo\tNome\tAzienda\tCellulare\nFonico\tLuca Neri\tSuoni Srl\t+39 347 555 0101')[0], ['Luca Neri', 'Fonico', 'Suoni Srl', '+393475550101', null]);
});

test('prose names a crew member by first name and role; a national number takes the sender\'s country', () => {
  const mail = (body: string) => ({ ...extractPastedText(body), format: 'eml' as const, metadata: { from: 'Mira Holt <mira@dockhall.example.nl>' } });
  const read = (body: string) => run(contacts, mail(body)).map((c) => [c.name?.value, c.role?.value ?? null, c.phone?.value ?? null]);
  assert.deepEqual(read('On the day your contact is Femke, our stage manager, 06 1234 5678. See you then.'), [['Femke', 'stage manager', '+31612345678']]);
  assert.deepEqual(read('Our driver Sander picks you up at the airport at 11:00 - his number is 06 8765 4321.'), [['Sander', 'driver', '+31687654321']]);
  // A role and a first name without a phone make no contact.
  assert.deepEqual(read('Our driver Sander will wait at arrivals.'), []);
});

test('a Danish or Norwegian sign-off opens the signature: name, "Role, Company", phone and e-mail', () => {
  assert.deepEqual(contactRows([
    'Vi ses på fredag.',
    '',
    'Med vennlig hilsen',
    'Maren Solli',
    'Disponent, Fjordbuss AS',
    'Tlf. 48 11 22 90 · maren@fjordbuss.example.no',
  ].join('\n')), [['Maren Solli', 'Disponent', 'Fjordbuss AS', '+4748112290', 'maren@fjordbuss.example.no']]);
});
