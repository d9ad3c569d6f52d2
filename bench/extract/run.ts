/**
 * `npm run bench:extract`: pages per second and peak memory of Intake's extraction against pdftotext
 * (poppler, the native reference) and pdf-parse, measured in the same run on generated files:
 * a 300-page text PDF (and a 30-page one, to show the main process's memory stays flat), and a
 * 4-page 300 dpi scan (OCR). Each measurement runs in a fresh process under /usr/bin/time, whose
 * peak (max RSS over the process and its children) is reported beside the main process's own.
 * Medians of RUNS runs (BENCH_RUNS, default 3). Intake's child is started and has loaded pdfjs
 * before the clock starts (driver.ts). OCR is measured twice: "cold", the first scan a freshly
 * started service reads (its pool started by startExtractor, so the child has preloaded tesseract but
 * never read a real page with it), and "warm", in a child that has read a one-page scan before.
 * Needs poppler-utils (pdftotext) and GNU time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanPdf, textPdf } from './fixtures.js';

const RUNS = Number(process.env.BENCH_RUNS) || 3;
for (const [tool, args, install] of [['pdftotext', ['-v'], 'poppler-utils'], ['/usr/bin/time', ['true'], 'time']] as const) {
  if (spawnSync(tool, args).error) throw new Error(`${tool} is missing: install the Debian package ${install}.`);
}
const driver = fileURLToPath(new URL('./driver.ts', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'intake-bench-extract-'));

interface Measure { ms: number; pages: number; mainPeakMb: number | null; peakMb: number; cpuSeconds: number }

/**
 * Runs a command under GNU time; returns its stdout, the peak resident memory (MiB) and the CPU
 * seconds of the whole run (user + system, children included, start-up and warm-up too).
 */
function timed(command: string[], env: NodeJS.ProcessEnv = process.env): { stdout: string; peakMb: number; ms: number; cpuSeconds: number } {
  const start = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', '%M %U %S', ...command], { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`${command.join(' ')} failed: ${run.stderr}`);
  const [kb, user, system] = run.stderr.trim().split('\n').pop()!.split(' ').map(Number) as [number, number, number];
  return { stdout: run.stdout, peakMb: Math.round(kb / 1024), ms, cpuSeconds: user + system };
}

function node(engine: string, file: string, env?: NodeJS.ProcessEnv): Measure {
  const run = timed([process.execPath, '--import', 'tsx', driver, engine, file], env);
  const result = JSON.parse(run.stdout.trim().split('\n').pop()!) as { ms: number; pages: number; mainPeakMb: number };
  return { ms: result.ms, pages: result.pages, mainPeakMb: result.mainPeakMb, peakMb: run.peakMb, cpuSeconds: run.cpuSeconds };
}

function pdftotext(file: string, pages: number): Measure {
  const run = timed(['pdftotext', '-layout', file, join(folder, 'out.txt')]);
  return { ms: run.ms, pages, mainPeakMb: null, peakMb: run.peakMb, cpuSeconds: run.cpuSeconds };
}

function median(measures: Measure[]): Measure {
  const sorted = [...measures].sort((a, b) => a.ms - b.ms);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function repeat(measure: () => Measure): Measure {
  return median(Array.from({ length: RUNS }, measure));
}

const pagesPerSecond = (m: Measure) => (m.pages / m.ms) * 1000;
const row = (name: string, m: Measure) =>
  `${name.padEnd(28)} ${String(m.pages).padStart(5)} ${(m.ms / 1000).toFixed(2).padStart(8)} s ${pagesPerSecond(m).toFixed(1).padStart(9)} ${String(m.mainPeakMb ?? '-').padStart(9)} ${String(m.peakMb).padStart(9)} ${m.cpuSeconds.toFixed(1).padStart(7)}`;

try {
  const long = join(folder, 'handbook-300.pdf');
  const short = join(folder, 'handbook-30.pdf');
  const scan = join(folder, 'scan-4x300dpi.pdf');
  writeFileSync(long, await textPdf(300));
  writeFileSync(short, await textPdf(30));
  writeFileSync(scan, await scanPdf(4));

  const intakeLong = repeat(() => node('intake', long));
  const intakeShort = repeat(() => node('intake', short));
  const pdfParseLong = repeat(() => node('pdf-parse', long));
  const popplerLong = repeat(() => pdftotext(long, 300));
  const ocr = repeat(() => node('intake-service', scan, { ...process.env, INTAKE_EXTRACT_CHILDREN: '1' }));
  const ocrWarm = repeat(() => node('intake-warm-ocr', scan, { ...process.env, INTAKE_EXTRACT_CHILDREN: '1' }));

  console.log(`Load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores.`);
  console.log(`Median of ${RUNS} runs. Peak MiB: main = the calling process, all = largest process of the run.`);
  console.log('CPU s: user + system of the whole run, process start and warm-up included (steadier than time on a busy machine).\n');
  console.log(`${'run'.padEnd(28)} pages     time   pages/s  main MiB   all MiB   CPU s`);
  console.log(row('intake, 300-page text PDF', intakeLong));
  console.log(row('intake, 30-page text PDF', intakeShort));
  console.log(row('pdf-parse, 300-page', pdfParseLong));
  console.log(row('pdftotext -layout, 300-page', popplerLong));
  console.log(row('intake OCR, 4 × 300 dpi scan', ocr));
  console.log(row('  same, tesseract warm', ocrWarm));

  const vsPdfParse = pagesPerSecond(intakeLong) / pagesPerSecond(pdfParseLong);
  const vsPoppler = pagesPerSecond(intakeLong) / pagesPerSecond(popplerLong);
  const ocrSecondsPerPage = ocr.ms / 1000 / ocr.pages;
  const warmSecondsPerPage = ocrWarm.ms / 1000 / ocrWarm.pages;
  const flat = (intakeLong.mainPeakMb ?? 0) - (intakeShort.mainPeakMb ?? 0);
  console.log(`
intake / pdf-parse pages/s:   ${vsPdfParse.toFixed(2)}×  (bar ≥ 1.5×)  ${vsPdfParse >= 1.5 ? 'met' : 'NOT met'}
intake / pdftotext pages/s:   ${vsPoppler.toFixed(2)}×  (bar ≥ 0.35×) ${vsPoppler >= 0.35 ? 'met' : 'NOT met'}
OCR seconds per page:         ${ocrSecondsPerPage.toFixed(2)} s (bar ≤ 3 s)  ${ocrSecondsPerPage <= 3 ? 'met' : 'NOT met'} cold: a started service's first scan
                              ${warmSecondsPerPage.toFixed(2)} s (bar ≤ 3 s)  ${warmSecondsPerPage <= 3 ? 'met' : 'NOT met'} with tesseract warm
main process peak, 300 vs 30 pages: ${flat >= 0 ? '+' : ''}${flat} MiB`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
