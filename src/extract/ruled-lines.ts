/**
 * Ruling lines of a scanned page, erased before OCR. Tesseract's page layout analysis takes a table
 * drawn with a grid (a rooming list, a boxed form) for a picture and drops its cells, or reads the
 * rules as "|", "—" and "E" noise. A page whose rendering has a grid — long thin dark runs both
 * across and down — is handed to OCR with those runs (and their blurred edges) turned white; a page
 * without one is left as it is. Lines are found by length (a tenth of the page's width, a twentieth
 * of its height, far longer than any glyph's stroke) and thinness (a glyph's stem or a filled bar is
 * thicker than a scanned rule), so the measures hold at any resolution.
 */

const HEADER = /^P5\s+(\d+)\s+(\d+)\s+255\s/;

/** Darker than this is ink; lighter than EDGE is left alone when erasing around a rule. */
const INK = 160;
const EDGE = 230;
/** Pixels around a rule, across it, also erased: a scan blurs a rule over a few pixels. */
const PAD = 3;

/**
 * Marks runs of ink at least `minRun` long along one direction, then unmarks stretches of marks
 * thicker than `maxThick` across it. `along`/`across` are the strides of the two directions.
 */
function markRules(grey: Buffer, off: number, w: number, h: number, horizontal: boolean, minRun: number, maxThick: number): { mask: Uint8Array; lines: number } {
  const mask = new Uint8Array(w * h);
  const [outer, inner] = horizontal ? [h, w] : [w, h];
  const at = (o: number, i: number) => (horizontal ? o * w + i : i * w + o);
  for (let o = 0; o < outer; o++) {
    let start = -1;
    for (let i = 0; i <= inner; i++) {
      const ink = i < inner && grey[off + at(o, i)]! < INK;
      if (ink && start < 0) start = i;
      else if (!ink && start >= 0) {
        if (i - start >= minRun) for (let k = start; k < i; k++) mask[at(o, k)] = 1;
        start = -1;
      }
    }
  }
  // Thickness across the rule: a glyph stem or a solid block is not a rule.
  for (let i = 0; i < inner; i++) {
    let start = -1;
    for (let o = 0; o <= outer; o++) {
      const marked = o < outer && mask[at(o, i)] === 1;
      if (marked && start < 0) start = o;
      else if (!marked && start >= 0) {
        if (o - start > maxThick) for (let k = start; k < o; k++) mask[at(k, i)] = 0;
        start = -1;
      }
    }
  }
  // Distinct rules: marked rows (or columns) not next to a marked one.
  let lines = 0;
  let previous = false;
  for (let o = 0; o < outer; o++) {
    let any = false;
    for (let i = 0; i < inner && !any; i++) any = mask[at(o, i)] === 1;
    if (any && !previous) lines++;
    previous = any;
  }
  return { mask, lines };
}

/** The page (binary PGM) with a grid's ruling lines erased; the same buffer when it has no grid. */
export function withoutRuledLines(image: Buffer): Buffer {
  const header = HEADER.exec(image.subarray(0, 64).toString('latin1'));
  if (!header) return image;
  const [w, h, off] = [Number(header[1]), Number(header[2]), header[0].length];
  if (image.length < off + w * h || w < 200 || h < 200) return image;
  const maxThick = Math.max(3, Math.round(Math.min(w, h) / 250));
  const across = markRules(image, off, w, h, true, Math.round(w / 10), maxThick);
  // A grid has rules both ways: three across at least, two down.
  if (across.lines < 3) return image;
  const down = markRules(image, off, w, h, false, Math.round(h / 20), maxThick);
  if (down.lines < 2) return image;
  const out = Buffer.from(image);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const p = y * w + x;
      if (across.mask[p]) {
        for (let yy = Math.max(0, y - PAD); yy <= Math.min(h - 1, y + PAD); yy++) {
          const q = off + yy * w + x;
          if (yy === y || image[q]! < EDGE) out[q] = 255;
        }
      }
      if (down.mask[p]) {
        for (let xx = Math.max(0, x - PAD); xx <= Math.min(w - 1, x + PAD); xx++) {
          const q = off + y * w + xx;
          if (xx === x || image[q]! < EDGE) out[q] = 255;
        }
      }
    }
  }
  return out;
}
