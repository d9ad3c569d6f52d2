/**
 * The one way the app talks to the server: same-origin fetch with the session cookie, the CSRF token on
 * every state-changing request, and the API's `{ error: { code, message } }` turned into an ApiFailure.
 */

export class ApiFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
    this.name = 'ApiFailure';
  }
}

let csrfToken: string | null = null;

/** Set from the session (sign-in or GET /api/auth/session); sent as X-CSRF-Token. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function csrfHeaders(): Record<string, string> {
  return csrfToken ? { 'X-CSRF-Token': csrfToken } : {};
}

/** Reads an error answer whatever its body; a proxy's HTML page still gives a status and a message. */
export function failureFrom(status: number, body: unknown): ApiFailure {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return new ApiFailure(status, error.code, error.message);
  }
  return new ApiFailure(status, 'http_' + status, `the server answered ${status}`);
}

/** Listeners told when any call answers 401, so the app can go back to sign-in. */
const unauthenticatedListeners = new Set<() => void>();
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export async function api<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET') Object.assign(headers, csrfHeaders());
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiFailure(0, 'network', 'the server could not be reached');
  }
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  if (!response.ok) {
    const failure = failureFrom(response.status, parsed);
    if (response.status === 401 && !path.startsWith('/api/auth/')) unauthenticatedListeners.forEach((l) => l());
    throw failure;
  }
  return parsed as T;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
