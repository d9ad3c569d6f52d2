/**
 * Choosing files and sending them. Files are checked here first (type by name and declared type, size
 * against the server's default limit) so a bad file is set aside with a reason while the others go on;
 * the server checks again by content. One multipart request carries the whole import (the server
 * writes job and sources in one transaction); XMLHttpRequest, because fetch reports no upload progress.
 * Per-file progress comes from the byte offsets of the files inside that one body, in order.
 */
import { csrfHeaders, failureFrom, ApiFailure } from './api.js';

/** The server's default IMPORT_MAX_FILE_BYTES; the server's own answer (413) is what finally counts. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

const ACCEPTED: { label: string; extensions: string[]; mimePrefixes: string[] }[] = [
  { label: 'PDF', extensions: ['pdf'], mimePrefixes: ['application/pdf'] },
  { label: 'Word', extensions: ['docx'], mimePrefixes: ['application/vnd.openxmlformats-officedocument.wordprocessingml'] },
  { label: 'Rich Text', extensions: ['rtf'], mimePrefixes: ['application/rtf', 'text/rtf'] },
  { label: 'Excel', extensions: ['xlsx'], mimePrefixes: ['application/vnd.openxmlformats-officedocument.spreadsheetml'] },
  { label: 'OpenDocument', extensions: ['odt', 'ods'], mimePrefixes: ['application/vnd.oasis.opendocument.text', 'application/vnd.oasis.opendocument.spreadsheet'] },
  { label: 'CSV', extensions: ['csv'], mimePrefixes: ['text/csv'] },
  { label: 'Text', extensions: ['txt', 'text', 'md'], mimePrefixes: ['text/plain'] },
  { label: 'HTML', extensions: ['html', 'htm'], mimePrefixes: ['text/html'] },
  { label: 'E-mail', extensions: ['eml', 'msg'], mimePrefixes: ['message/rfc822', 'application/vnd.ms-outlook'] },
  { label: 'Calendar', extensions: ['ics'], mimePrefixes: ['text/calendar'] },
  { label: 'Contacts', extensions: ['vcf', 'vcard'], mimePrefixes: ['text/vcard', 'text/x-vcard'] },
  { label: 'Image', extensions: ['png', 'jpg', 'jpeg', 'tif', 'tiff', 'heic', 'heif'], mimePrefixes: ['image/png', 'image/jpeg', 'image/tiff', 'image/heic', 'image/heif'] },
];

export const ACCEPT_ATTRIBUTE = ACCEPTED.flatMap((a) => a.extensions.map((e) => `.${e}`)).join(',');
export const ACCEPTED_LABELS = ACCEPTED.map((a) => a.label).join(', ');

export function kindOf(file: File): string | null {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const match = ACCEPTED.find((a) => a.extensions.includes(extension))
    ?? ACCEPTED.find((a) => file.type && a.mimePrefixes.some((p) => file.type.startsWith(p)));
  return match?.label ?? null;
}

/** Why a file cannot be sent, or null. */
export function rejectionOf(file: File): string | null {
  if (file.size === 0) return 'The file is empty.';
  if (file.size > MAX_FILE_BYTES) return `Too large: the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB a file.`;
  if (!kindOf(file)) return `Unsupported type. Intake reads ${ACCEPTED_LABELS}.`;
  return null;
}

export interface UploadInput {
  orgId: string | null;
  files: File[];
  pastedText: string;
  /** Bytes sent so far of each file, in the order of `files`. */
  onProgress(sentPerFile: number[]): void;
}

export function startImport(input: UploadInput): Promise<{ jobId: string }> {
  const form = new FormData();
  // orgId first: the server needs it before the files stream in.
  if (input.orgId) form.append('orgId', input.orgId);
  for (const file of input.files) form.append('files', file, file.name);
  if (input.pastedText.trim()) form.append('pastedText', input.pastedText);

  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/shows/import/start');
    request.setRequestHeader('Accept', 'application/json');
    for (const [name, value] of Object.entries(csrfHeaders())) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      // The multipart framing is small next to the files; spread what was sent over them in order.
      let left = event.loaded;
      input.onProgress(input.files.map((file) => {
        const sent = Math.min(file.size, Math.max(0, left));
        left -= file.size;
        return sent;
      }));
    };
    request.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = null;
      }
      if (request.status === 202 && body && typeof (body as { jobId?: unknown }).jobId === 'string') {
        input.onProgress(input.files.map((f) => f.size));
        resolve(body as { jobId: string });
      } else reject(failureFrom(request.status, body));
    };
    request.onerror = () => reject(new ApiFailure(0, 'network', 'the upload was interrupted: check the connection and try again'));
    request.send(form);
  });
}
