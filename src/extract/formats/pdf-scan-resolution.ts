/**
 * The resolution a scanned page was captured at: pixels per inch of the largest image the page
 * draws, as placed on the page (the image's pixel size over its drawn size, following the
 * transforms of the operator list, form XObjects included).
 *
 * A poor OCR reading of a scan rendered at 300 dpi is read again at this resolution (within the OCR
 * limits, ocr.ts `ocrDpi`, `recognise`): upscaling a noisy 200 ppi scan by 1.5 turns its speckles
 * into blobs tesseract reads as glyphs (garbage words, a confidence under the retry bar, so deskew
 * and three turned readings followed, each on 2.25 times the pixels the scan holds).
 */

type Matrix = [number, number, number, number];

/** The operator codes used here, as pdfjs numbers them (`lib.OPS`). */
export interface ImageOps {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
}

const IDENTITY: Matrix = [1, 0, 0, 1];

/** `m` applied within `ctm` (PDF's `cm`: the new matrix is m × ctm); translation plays no part in sizes. */
function concat(m: ArrayLike<number>, ctm: Matrix): Matrix {
  const [a, b, c, d] = [Number(m[0]), Number(m[1]), Number(m[2]), Number(m[3])];
  return [a * ctm[0] + b * ctm[2], a * ctm[1] + b * ctm[3], c * ctm[0] + d * ctm[2], c * ctm[1] + d * ctm[3]];
}

/** Pixel size of an image operator's image, or null for operators that carry none. */
function imageSize(op: number, args: unknown[], ops: ImageOps): [number, number] | null {
  if (op === ops.paintImageXObject) return [Number(args[1]), Number(args[2])];
  if (op === ops.paintInlineImageXObject) {
    const data = args[0] as { width?: number; height?: number } | undefined;
    return [Number(data?.width), Number(data?.height)];
  }
  return null;
}

/** Pixels per inch of the page's largest drawn image (by area on the page); null when none can be measured. */
export function scanResolution(fnArray: number[], argsArray: unknown[][], ops: ImageOps): number | null {
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  let best: { area: number; ppi: number } | null = null;
  fnArray.forEach((op, i) => {
    const args = argsArray[i] ?? [];
    if (op === ops.save) stack.push(ctm);
    else if (op === ops.restore) ctm = stack.pop() ?? ctm;
    else if (op === ops.transform) ctm = concat(args as number[], ctm);
    else if (op === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = args[0] as ArrayLike<number> | null | undefined;
      if (matrix && matrix.length >= 4) ctm = concat(matrix, ctm);
    } else if (op === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else {
      const size = imageSize(op, args, ops);
      if (!size) return;
      // The image fills the unit square: its width runs along the matrix's first row, its height along the second.
      const [width, height] = [Math.hypot(ctm[0], ctm[1]), Math.hypot(ctm[2], ctm[3])];
      if (!(width > 0 && height > 0 && size[0] > 0 && size[1] > 0)) return;
      const ppi = Math.max(size[0] / (width / 72), size[1] / (height / 72));
      if (!best || width * height > best.area) best = { area: width * height, ppi };
    }
  });
  return best ? Math.round((best as { ppi: number }).ppi) : null;
}
