/**
 * Greyscale images as binary PGM (Netpbm P5): the form rendered PDF pages are handed to OCR in.
 * Leptonica, inside tesseract, reads it without decoding, and writing it is a copy; a JPEG of a
 * 300 dpi page costs about 0.2 s to encode and as much again to decode (docs/extraction.md).
 */

const HEADER = /^P5\s+(\d+)\s+(\d+)\s+255\s/;

export function isPgm(image: Buffer): boolean {
  return image[0] === 0x50 && image[1] === 0x35; // "P5"
}

function pgmHeader(width: number, height: number): Buffer {
  return Buffer.from(`P5\n${width} ${height}\n255\n`, 'ascii');
}

/** RGBA pixels (a canvas's ImageData) → PGM, with the usual luma weights. */
export function greyPgm(rgba: Uint8ClampedArray, width: number, height: number): Buffer {
  const head = pgmHeader(width, height);
  const image = Buffer.allocUnsafe(head.length + width * height);
  head.copy(image);
  for (let i = 0, o = head.length; i < rgba.length; i += 4, o++) {
    image[o] = (rgba[i]! * 77 + rgba[i + 1]! * 150 + rgba[i + 2]! * 29) >> 8;
  }
  return image;
}

/** An empty white page. */
export function whitePgm(width: number, height: number): Buffer {
  return Buffer.concat([pgmHeader(width, height), Buffer.alloc(width * height, 255)]);
}

/** PGM → RGBA pixels, for drawing on a canvas (turning a page); null when it is not an 8-bit P5. */
export function pgmPixels(image: Buffer): { data: Uint8ClampedArray; width: number; height: number } | null {
  const header = HEADER.exec(image.subarray(0, 64).toString('latin1'));
  if (!header) return null;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const grey = image.subarray(header[0].length);
  if (grey.length < width * height) return null;
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0, o = 0; i < width * height; i++, o += 4) {
    data[o] = data[o + 1] = data[o + 2] = grey[i]!;
    data[o + 3] = 255;
  }
  return { data, width, height };
}
