import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importDataSchema } from '../../src/shows/import-data-schema.js';
import { sampleImportData } from './sample-data.js';

test('a complete ImportData in the normalised forms passes', () => {
  assert.ok(importDataSchema.safeParse(sampleImportData()).success);
});

test('values outside the contract\'s forms are refused, naming the field', () => {
  const cases: [string, (d: ReturnType<typeof sampleImportData>) => void][] = [
    ['general.date', (d) => { d.general.date = '14/03/2026'; }],
    ['general.doorsTime', (d) => { d.general.doorsTime = '7pm'; }],
    ['general.artist', (d) => { d.general.artist = ' padded '; }],
    ['deal.currency', (d) => { d.deal.currency = 'eur'; }],
    ['hotels.0.email', (d) => { d.hotels[0]!.email = 'Front@Hotel.example'; }],
    ['flights.0.flightNumber', (d) => { d.flights[0]!.flightNumber = 'SK 0141'; }],
    ['flights.0.passengers.0.seat', (d) => { d.flights[0]!.passengers[0]!.seat = '07f'; }],
    ['activities.0.kind', (d) => { (d.activities[0] as { kind: string }).kind = 'party'; }],
    ['contacts.0.phone', (d) => { d.contacts[0]!.phone = '070-215 23 20'; }],
    ['technical', (d) => { delete (d.technical as Partial<typeof d.technical>).video; }],
    ['', (d) => { (d as unknown as Record<string, unknown>).extra = true; }],
  ];
  for (const [path, breakIt] of cases) {
    const data = sampleImportData();
    breakIt(data);
    const result = importDataSchema.safeParse(data);
    assert.equal(result.success, false, path);
    assert.ok(result.error!.issues.some((issue) => issue.path.join('.').startsWith(path)), `${path}: ${JSON.stringify(result.error!.issues)}`);
  }
});
