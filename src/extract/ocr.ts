import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createCanvas, ImageData, loadImage, type Canvas } from '@napi-rs/canvas';
import { createScheduler, createWorker, OEM, type Scheduler, type Worker } from 'tesseract.js';
import { withColumnGaps } from './ocr-columns.js';
import { fixOcrGlyphs } from './ocr-glyphs.js';
import { withoutMarginSpecks } from './ocr-specks.js';
import { isPgm, pgmPixels, whitePgm } from './pgm.js';
import { CHILD_TEMP_ENV } from './pool.js';

/**
 * OCR with tesseract.js, fully offline. Language data comes from the installed
 * `@tesseract.js-data/<lang>` packages: their `4.0.0_best_int/<lang>.traineddata.gz` (the LSTM
 * models, gzipped). tesseract.js takes one `langPath` for all languages, and each package has its
 * own folder, so a temporary folder of symlinks to the chosen models serves as `langPath`: a local
 * path, so tesseract reads files and never builds a download URL. `cacheMethod: 'none'` keeps it
 * from writing a cache copy into the working directory. (tesseract.js 7 also accepts languages as
 * `{ code, data }` objects, but passes the bytes where the code belongs when initialising.)
 * Each extraction child runs up to OCR_THREADS tesseract workers behind a tesseract scheduler,
 * started as the work needs them: a photo uses one, the pages of a scanned PDF keep two busy.
 *
 * Tesseract's line finder copes with the slight skew of most scans. A reading with low confidence is
 * retried with tesseract's deskew (`rotateAuto`), then with the image turned by 180°, 90° and 270°
 * (a page scanned upside down or sideways), and the best-scoring reading is kept.
 */

const require = createRequire(import.meta.url);
const MODEL_FOLDER = '4.0.0_best_int';
const RETRY_BELOW_CONFIDENCE = 60;
const NATIVE_RETRY_BELOW = 80;

const OCR_LANGUAGES_ENV = 'INTAKE_OCR_LANGUAGES';

export interface OcrResult {
  text: string;
  /** Tesseract's mean word confidence, 0..100. */
  confidence: number;
}

/** Tesseract workers (threads) per extraction child: pages of one scan are read in parallel. */
export const OCR_THREADS = Math.min(2, availableParallelism());

/** Resolution scanned PDF pages are rendered at for OCR. */
export const OCR_DPI = 300;

/** Lowest for a second reading at a scan's own resolution: below it body text gets too small for tesseract. */
export const MIN_OCR_DPI = 200;

/**
 * The resolution of a poorly read scan's second reading (`recognise`): the scan's own
 * (pdf-scan-resolution.ts) within MIN_OCR_DPI..OCR_DPI; OCR_DPI (no second reading) when unknown.
 */
export function ocrDpi(scanPpi: number | null): number {
  if (scanPpi === null || !Number.isFinite(scanPpi)) return OCR_DPI;
  return Math.min(OCR_DPI, Math.max(MIN_OCR_DPI, Math.round(scanPpi)));
}

let scheduler: Scheduler | null = null;
let workers: Promise<Worker>[] = [];
let inFlight = 0;
let langFolder: string | null = null;

function languageFolder(code: string): string {
  return join(dirname(require.resolve(`@tesseract.js-data/${code}/package.json`)), MODEL_FOLDER);
}

function ocrLanguages(): string[] {
  return (process.env[OCR_LANGUAGES_ENV] ?? 'eng').split(/[+,\s]+/).filter(Boolean);
}

/** The folder of links to the chosen language models, made once per process. */
function languagePath(codes: string[]): string {
  if (langFolder) return langFolder;
  const folder = mkdtempSync(join(process.env[CHILD_TEMP_ENV] ?? tmpdir(), 'intake-ocr-'));
  for (const code of codes) {
    const file = `${code}.traineddata.gz`;
    symlinkSync(join(languageFolder(code), file), join(folder, file));
  }
  langFolder = folder;
  return folder;
}

function startWorker(): Promise<Worker> {
  const codes = ocrLanguages();
  return createWorker(codes, OEM.LSTM_ONLY, {
    langPath: languagePath(codes),
    gzip: true,
    cacheMethod: 'none',
    cachePath: tmpdir(),
  });
}

/**
 * Starts tesseract workers until `count` (at most OCR_THREADS) are running or starting. A worker
 * takes about 0.7 s to load its model; a PDF with scanned pages calls this before rendering the
 * first one, so loading and rendering overlap.
 */
export function prepareOcr(count: number): void {
  if (count < 1) return;
  const jobs = (scheduler ??= createScheduler());
  while (workers.length < Math.min(count, OCR_THREADS)) {
    const started = startWorker();
    workers.push(started);
    void started.then((worker) => jobs.addWorker(worker), () => { workers = workers.filter((w) => w !== started); });
  }
}

/**
 * Loads OCR_THREADS workers and has each read a blank A4 page at OCR_DPI, so that the first real
 * scan finds them loaded, their WASM compiled and their memory grown to a page's size. The blank
 * page matters: workers that have only loaded spend more on their first real pages than on later
 * ones (docs/extraction.md, "Preloading").
 */
export async function preloadOcr(): Promise<void> {
  prepareOcr(OCR_THREADS);
  const ready = await Promise.all(workers);
  const [width, height] = [Math.round((210 / 25.4) * OCR_DPI), Math.round((297 / 25.4) * OCR_DPI)];
  const blank = whitePgm(width, height);
  await Promise.all(ready.map((worker) => worker.recognize(blank)));
}

/** Runs one recognition on the scheduler, starting a worker when all are busy (up to OCR_THREADS). */
async function recogniseOnce(image: Buffer, rotateAuto: boolean): Promise<OcrResult> {
  inFlight++;
  try {
    prepareOcr(inFlight);
    const jobs = scheduler!; // made by prepareOcr
    await workers[0]; // the scheduler refuses jobs until it has a worker
    // The word boxes come with the same reading: they show the column gaps the text leaves out.
    const { data } = await jobs.addJob('recognize', image, { rotateAuto }, { text: true, blocks: true });
    const cleaned = withoutMarginSpecks(data.text, data.blocks);
    return { text: fixOcrGlyphs(withColumnGaps(cleaned.text, cleaned.blocks)), confidence: data.confidence };
  } finally {
    inFlight--;
  }
}

/**
 * Text of an image (PNG, JPEG, TIFF, …), turned the right way up if it was not. A straight page is
 * read once; only a poor reading pays for deskewing and then for trying the other orientations.
 * `ownResolution` renders a scanned page at the scan's own, lower resolution: a reading under
 * NATIVE_RETRY_BELOW is tried again on it first (upscaling blows a scan's speckles up into blobs
 * read as glyphs; at 300 dpi small diacritics read better, so a clean scan keeps that reading).
 */
export async function recognise(image: Buffer, ownResolution?: () => Promise<Buffer>): Promise<OcrResult> {
  let best = await recogniseOnce(image, false);
  if (ownResolution && best.confidence < NATIVE_RETRY_BELOW) {
    const native = await ownResolution();
    const reading = await recogniseOnce(native, false);
    if (reading.confidence > best.confidence) [best, image] = [reading, native];
  }
  const good = (reading: OcrResult) => reading.confidence >= RETRY_BELOW_CONFIDENCE || (!reading.text.trim() && reading.confidence === 0);
  if (good(best)) return best;
  const deskewed = await recogniseOnce(image, true);
  if (deskewed.confidence > best.confidence) best = deskewed;
  for (const degrees of [180, 90, 270]) {
    if (good(best)) break;
    const turned = await rotate(image, degrees);
    if (!turned) break;
    const reading = await recogniseOnce(turned, true);
    if (reading.confidence > best.confidence) best = reading;
  }
  return best;
}

/** The image turned clockwise, as JPEG; null for formats the canvas cannot decode (TIFF). */
async function rotate(image: Buffer, degrees: number): Promise<Buffer | null> {
  const decoded = isPgm(image) ? pgmImage(image) : await loadImage(image).catch(() => null);
  if (!decoded) return null;
  const quarter = degrees % 180 !== 0;
  const canvas = createCanvas(quarter ? decoded.height : decoded.width, quarter ? decoded.width : decoded.height);
  const context = canvas.getContext('2d');
  context.translate(canvas.width / 2, canvas.height / 2);
  context.rotate((degrees * Math.PI) / 180);
  context.drawImage(decoded, -decoded.width / 2, -decoded.height / 2);
  return canvas.toBuffer('image/jpeg', 92);
}

/** A PGM (a rendered PDF page) as something a canvas can draw. */
function pgmImage(image: Buffer): Canvas | null {
  const pixels = pgmPixels(image);
  if (!pixels) return null;
  const canvas = createCanvas(pixels.width, pixels.height);
  canvas.getContext('2d').putImageData(new ImageData(pixels.data, pixels.width, pixels.height), 0, 0);
  return canvas;
}

export async function stopOcr(): Promise<void> {
  const running = scheduler;
  scheduler = null;
  workers = [];
  if (running) await running.terminate();
  if (langFolder) rmSync(langFolder, { recursive: true, force: true });
  langFolder = null;
}
