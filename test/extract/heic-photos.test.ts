import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { closeExtractor, extractFile } from '../../src/extract/index.js';
import { FIXTURES } from '../understand/helpers.js';

after(closeExtractor);

/** A phone photo of a hotel note saved as HEIC (an iPhone camera's format), slightly rotated. */
const PHOTO = readFileSync(join(FIXTURES, '..', 'extract', 'hotel-note.heic'));

test('a HEIC photo is decoded and read by OCR, one page', async () => {
  const source = await extractFile({ bytes: PHOTO, name: 'IMG_4711.HEIC' });
  assert.equal(source.error, null);
  assert.equal(source.format, 'heic');
  assert.equal(source.mimeType, 'image/heic');
  assert.equal(source.pageCount, 1);
  assert.equal(source.ocr.used, true);
  assert.match(source.text, /Hotel Harbour Inn/);
  assert.match(source.text, /Booking ref: HB-55120/);
  assert.match(source.text, /Check-in: 3 June 2027, 15:00/);
});

test('a cut-off HEIC file is reported as damaged, not crashed', async () => {
  const source = await extractFile({ bytes: PHOTO.subarray(0, 600), name: 'IMG_4712.HEIC' });
  assert.equal(source.error?.code, 'file_corrupt');
});

test('an AVIF image, the same container with another codec, is not taken for HEIC', async () => {
  const avif = Buffer.concat([Buffer.from('0000001c667479706176696600000000617669666d6966316d696166', 'hex'), Buffer.alloc(64)]);
  const source = await extractFile({ bytes: avif, name: 'photo.avif' });
  assert.equal(source.error?.code, 'unsupported_type');
});
