import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { fail } from './errors.js';

/**
 * Checks a ZIP container (DOCX, XLSX) before any library unpacks it, by inflating every entry
 * itself under hard caps — the sizes in the headers may lie. Rejects:
 * - more than MAX_ENTRIES entries, ZIP64 records (no office file under our caps needs them),
 *   symbolic links, encrypted entries, unsafe paths (yauzl refuses `..` and absolute names);
 * - an entry that inflates past the total budget (`maxInflatedBytes` for all entries together),
 *   or, once larger than RATIO_FLOOR bytes, more than MAX_RATIO times its compressed size.
 * Returns the inflated contents of the entries `keep` asks for.
 */

const MAX_ENTRIES = 5000;
const MAX_RATIO = 200;
const RATIO_FLOOR = 1024 * 1024;
const ZIP64_END_OF_CENTRAL_DIRECTORY = Buffer.from([0x50, 0x4b, 0x06, 0x06]);

export async function guardZip(bytes: Buffer, maxInflatedBytes: number, keep: (name: string) => boolean = () => false): Promise<Map<string, Buffer>> {
  if (bytes.subarray(Math.max(0, bytes.length - 65_557 - 76)).includes(ZIP64_END_OF_CENTRAL_DIRECTORY)) {
    throw fail('file_corrupt', 'ZIP64 archive');
  }
  const zip = await open(bytes);
  if (zip.entryCount > MAX_ENTRIES) {
    zip.close();
    throw fail('file_corrupt', `${zip.entryCount} entries in the archive`);
  }
  const kept = new Map<string, Buffer>();
  let budget = maxInflatedBytes;
  try {
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      checkEntry(entry);
      const chunks: Buffer[] | null = keep(entry.fileName) ? [] : null;
      budget -= await inflate(zip, entry, budget, chunks);
      if (chunks) kept.set(entry.fileName, Buffer.concat(chunks));
    }
  } finally {
    zip.close();
  }
  return kept;
}

function open(bytes: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, decodeStrings: true }, (error, zip) => {
      if (error || !zip) reject(fail('file_corrupt', error?.message));
      else resolve(zip);
    });
  });
}

function nextEntry(zip: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = () => zip.removeAllListeners('entry').removeAllListeners('end').removeAllListeners('error');
    zip.once('entry', (entry: Entry) => { cleanup(); resolve(entry); });
    zip.once('end', () => { cleanup(); resolve(null); });
    zip.once('error', (error: Error) => { cleanup(); reject(fail('file_corrupt', error.message)); });
    zip.readEntry();
  });
}

function checkEntry(entry: Entry): void {
  if (entry.extraFields.some((field) => field.id === 0x0001)) throw fail('file_corrupt', `ZIP64 entry ${entry.fileName}`);
  if (((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000) throw fail('file_corrupt', `symbolic link ${entry.fileName}`);
  if (entry.generalPurposeBitFlag & 0x1) throw fail('file_corrupt', `encrypted entry ${entry.fileName}`);
}

/** Inflates one entry, counting; stops at the first byte over a cap. Returns the inflated size. */
function inflate(zip: ZipFile, entry: Entry, budget: number, chunks: Buffer[] | null): Promise<number> {
  const ratioCap = Math.max(RATIO_FLOOR, entry.compressedSize * MAX_RATIO);
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(fail('file_corrupt', error?.message));
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > budget) {
          stream.destroy();
          reject(fail('too_large', `the archive inflates to more than ${budget} bytes at ${entry.fileName}`));
        } else if (size > ratioCap) {
          stream.destroy();
          reject(fail('too_large', `${entry.fileName} inflates more than ${MAX_RATIO} times its packed size, like a zip bomb`));
        } else {
          chunks?.push(chunk);
        }
      });
      stream.on('error', (streamError: Error) => reject(fail('file_corrupt', streamError.message)));
      stream.on('end', () => resolve(size));
    });
  });
}
