/**
 * Client-side routes on the History API. The server answers index.html for any unknown non-API path,
 * so every route below is also a real, bookmarkable URL. A hand-written 40 lines rather than a router
 * package: the app has seven flat routes and needs nothing else (see docs/web.md).
 */
import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { name: 'sign-in' }
  | { name: 'new-import' }
  | { name: 'imports' }
  | { name: 'import'; id: string }
  | { name: 'shows' }
  | { name: 'show'; id: string }
  | { name: 'queue' }
  | { name: 'not-found' };

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, ...rest] = parts;
  if (rest.length) return { name: 'not-found' };
  if (!first) return { name: 'new-import' };
  if (first === 'sign-in' && !second) return { name: 'sign-in' };
  if (first === 'queue' && !second) return { name: 'queue' };
  if (first === 'imports') {
    if (!second) return { name: 'imports' };
    return second === 'new' ? { name: 'new-import' } : { name: 'import', id: second };
  }
  if (first === 'shows') return second ? { name: 'show', id: second } : { name: 'shows' };
  return { name: 'not-found' };
}

const listeners = new Set<() => void>();

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === location.pathname + location.search) return;
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  listeners.forEach((l) => l());
}

addEventListener('popstate', () => listeners.forEach((l) => l()));

export function useLocation(): string {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const update = () => setPath(location.pathname);
    listeners.add(update);
    return () => void listeners.delete(update);
  }, []);
  return path;
}
