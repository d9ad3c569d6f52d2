/**
 * A job kept up to date while it runs.
 *
 *   connecting ──open──▶ streaming ──terminal status──▶ done
 *        │                  │ error (stream dropped)
 *        └───────error──────┴──▶ polling (GET every POLL_MS) ──after RECONNECT_MS──▶ connecting
 *
 * The stream (Server-Sent Events, `progress` and `status`) is the fast path; polling keeps the screen
 * right when a proxy or a restart drops it, and each reconnect resumes through Last-Event-ID, which
 * EventSource sends by itself. Every `status` event and every poll re-reads the whole job.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiFailure } from './api.js';
import type { ImportJobStatus, ImportProgress, JobView } from './types.js';

export const TERMINAL: ReadonlySet<ImportJobStatus> = new Set(['completed', 'failed', 'committed', 'cancelled']);
const POLL_MS = 2000;
const RECONNECT_MS = 10_000;

export type Link = 'connecting' | 'streaming' | 'polling' | 'done';

export interface LiveJob {
  job: JobView | null;
  link: Link;
  error: ApiFailure | null;
  reload(): Promise<void>;
}

/** A `progress` event's data: the worker's update (section, source, counts), without the start time. */
function parseProgress(data: string): Partial<ImportProgress> | null {
  try {
    const parsed = JSON.parse(data) as Partial<ImportProgress>;
    return typeof parsed.sections_completed === 'number' ? parsed : null;
  } catch {
    return null;
  }
}

/** `epoch` restarts the watch (after a retry puts a finished job back in the queue). */
export function useLiveJob(id: string, epoch = 0): LiveJob {
  const [job, setJob] = useState<JobView | null>(null);
  const [link, setLink] = useState<Link>('connecting');
  const [error, setError] = useState<ApiFailure | null>(null);
  const generation = useRef(0);

  const load = async (): Promise<JobView | null> => {
    try {
      const fresh = await api<JobView>('GET', `/api/import-jobs/${encodeURIComponent(id)}`);
      setJob(fresh);
      setError(null);
      return fresh;
    } catch (failure) {
      setError(failure instanceof ApiFailure ? failure : new ApiFailure(0, 'network', String(failure)));
      return null;
    }
  };

  useEffect(() => {
    const mine = ++generation.current;
    let stream: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const alive = () => generation.current === mine;

    const finish = () => {
      stream?.close();
      clearTimeout(timer);
      setLink('done');
    };
    const settle = (fresh: JobView | null) => {
      if (alive() && fresh && TERMINAL.has(fresh.status)) finish();
    };

    const poll = (since: number) => {
      setLink('polling');
      timer = setTimeout(async () => {
        if (!alive()) return;
        const fresh = await load();
        if (!alive() || (fresh && TERMINAL.has(fresh.status))) return settle(fresh);
        if (Date.now() - since >= RECONNECT_MS) connect();
        else poll(since);
      }, POLL_MS);
    };

    const connect = () => {
      setLink('connecting');
      stream = new EventSource(`/api/import-jobs/${encodeURIComponent(id)}/events`, { withCredentials: true });
      stream.onopen = () => alive() && setLink('streaming');
      stream.addEventListener('progress', (event) => {
        const progress = parseProgress((event as MessageEvent<string>).data);
        if (!alive() || !progress) return;
        setJob((current) => current && {
          ...current,
          status: current.status === 'pending' ? 'processing' : current.status,
          progress_data: { ...current.progress_data, ...progress } as ImportProgress,
        });
      });
      stream.addEventListener('status', () => void load().then(settle));
      stream.onerror = () => {
        stream?.close();
        stream = null;
        if (alive()) void load().then((fresh) => (fresh && TERMINAL.has(fresh.status) ? settle(fresh) : poll(Date.now())));
      };
    };

    void load().then((fresh) => {
      if (!alive()) return;
      if (fresh && TERMINAL.has(fresh.status)) settle(fresh);
      else connect();
    });
    return () => {
      generation.current++;
      stream?.close();
      clearTimeout(timer);
    };
  }, [id, epoch]);

  return { job, link, error, reload: async () => void (await load()) };
}
