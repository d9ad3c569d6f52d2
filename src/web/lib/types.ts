/**
 * What the HTTP API answers, as this app reads it. The document types come from the shared contract
 * (src/interfaces.ts); the envelopes are the API's route schemas (see /api/openapi.json).
 */
import type {
  ConfidenceMap, DocumentCategory, ImportData, ImportJobStatus, ImportProgress, JobError,
} from '../../interfaces.js';

export type { ConfidenceMap, DocumentCategory, ImportData, ImportJobStatus, ImportProgress, JobError };

export interface Organisation {
  orgId: string;
  name: string;
  role: 'admin' | 'member';
}

export interface SessionInfo {
  user: { id: string; email: string };
  organisations: Organisation[];
  csrfToken: string;
}

export interface JobSource {
  id: string;
  name: string;
  origin: 'file' | 'pasted';
  mime_type: string | null;
  format: string | null;
  size_bytes: number;
  pages: number | null;
  words: number | null;
}

/** A job as GET /api/import-jobs lists it. */
export interface JobSummary {
  id: string;
  status: ImportJobStatus;
  progress_data: ImportProgress | null;
  error: JobError | null;
  attempts: number;
  result_show_id: string | null;
  source_count: number;
  created_at: string;
  updated_at: string;
  started_at: string | null;
  finished_at: string | null;
}

/** A job as GET /api/import-jobs/:id answers it. */
export interface JobView {
  id: string;
  status: ImportJobStatus;
  progress_data: ImportProgress | null;
  extracted: ImportData | null;
  confidence_map: ConfidenceMap | null;
  error: JobError | null;
  attempts: number;
  sources: JobSource[];
  result_show_id: string | null;
  created_at: string;
  updated_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export interface JobListPage {
  jobs: JobSummary[];
  nextCursor: string | null;
}

export interface StoredDocument {
  id: string;
  fileName: string;
  mimeType: string | null;
  sizeBytes: number | null;
  pages: number | null;
  category: DocumentCategory;
}

export type ShowView = Omit<ImportData, 'documents'> & {
  id: string;
  orgId: string;
  importJobId: string | null;
  createdAt: string;
  documents: StoredDocument[];
};

export type { ShowSummary } from '../../shows/queries.js';

export interface QueueStats {
  pending: number;
  processing: number;
  completed: number;
  failed: number;
  completedLastHour: number;
  failedLastHour: number;
  oldestPendingSeconds: number | null;
  workers: { id: string; lastSeenAt: string }[];
}

/** The text a field's provenance points into. */
export interface SourceText {
  name: string;
  text: string;
  pages: { number: number; offset: number }[];
}
