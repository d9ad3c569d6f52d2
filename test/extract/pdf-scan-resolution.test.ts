import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanResolution, type ImageOps } from '../../src/extract/formats/pdf-scan-resolution.js';
import { MIN_OCR_DPI, OCR_DPI, ocrDpi } from '../../src/extract/ocr.js';

const OPS: ImageOps = {
  save: 10, restore: 11, transform: 12, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, paintImageXObject: 85, paintInlineImageXObject: 86,
};

test('a full-page scan placed on a letter page: its pixels over the page in inches', () => {
  // 1700 × 2200 pixels drawn over 612 × 792 pt: 200 ppi.
  const ops = [OPS.save, OPS.transform, OPS.paintImageXObject, OPS.restore];
  const args = [[], [612, 0, 0, 792, 0, 0], ['img_1', 1700, 2200], []];
  assert.equal(scanResolution(ops, args, OPS), 200);
});

test('transforms nest, forms included, and the largest image on the page decides', () => {
  const ops = [
    OPS.save, OPS.transform, OPS.paintImageXObject, OPS.restore, // a small logo at 600 ppi
    OPS.paintFormXObjectBegin, OPS.transform, OPS.paintInlineImageXObject, OPS.paintFormXObjectEnd,
  ];
  const args = [
    [], [72, 0, 0, 36, 0, 0], ['img_logo', 600, 300], [],
    [[0.5, 0, 0, 0.5, 0, 0], null], [1190, 0, 0, 1684, 0, 0], [{ width: 2480, height: 3508 }], [],
  ];
  // The form halves the 1190 × 1684 pt placement to A4 (595 × 842 pt): 2480 pixels over 8.26 in, 300 ppi.
  assert.equal(scanResolution(ops, args, OPS), 300);
});

test('a page turned sideways still measures each side of the image along its own axis', () => {
  const ops = [OPS.transform, OPS.paintImageXObject];
  const args = [[0, 792, -612, 0, 612, 0], ['img_1', 2200, 1700]];
  assert.equal(scanResolution(ops, args, OPS), 200);
});

test('no measurable image gives no resolution', () => {
  assert.equal(scanResolution([OPS.save, OPS.restore], [[], []], OPS), null);
  assert.equal(scanResolution([OPS.transform, OPS.paintImageXObject], [[0, 0, 0, 0, 0, 0], ['img', 100, 100]], OPS), null);
});

test('a poor reading is retried at the scan\'s own resolution within the OCR limits', () => {
  assert.equal(ocrDpi(200), 200);
  assert.equal(ocrDpi(240.4), 240);
  assert.equal(ocrDpi(600), OCR_DPI);
  assert.equal(ocrDpi(72), MIN_OCR_DPI);
  assert.equal(ocrDpi(null), OCR_DPI);
});
