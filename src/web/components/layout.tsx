import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Route } from '../lib/router.js';
import { isAdmin, useSession } from '../session.js';
import { A } from './link.js';

const NAV: { href: string; label: string; routes: Route['name'][]; admin?: boolean }[] = [
  { href: '/imports/new', label: 'New import', routes: ['new-import'] },
  { href: '/imports', label: 'Imports', routes: ['imports', 'import'] },
  { href: '/shows', label: 'Shows', routes: ['shows', 'show'] },
  { href: '/queue', label: 'Queue', routes: ['queue'], admin: true },
];

export function Layout({ route, children }: { route: Route; children: ComponentChildren }) {
  const { session, signOut } = useSession();
  const main = useRef<HTMLElement>(null);
  const routeKey = JSON.stringify(route);
  const first = useRef(true);

  // A new screen: tell screen readers by moving focus to its heading (not on the first load).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [routeKey]);

  return (
    <>
      <a class="skip" href="#main">Skip to content</a>
      <header class="top">
        <A href="/" class="brand">Intake</A>
        <nav aria-label="Main">
          <ul>
            {NAV.filter((n) => !n.admin || isAdmin(session)).map((n) => (
              <li key={n.href}>
                <A href={n.href} aria-current={n.routes.includes(route.name) ? 'page' : undefined}>{n.label}</A>
              </li>
            ))}
          </ul>
        </nav>
        <div class="who">
          <span class="email">{session.user.email}</span>
          <button type="button" class="quiet" onClick={() => void signOut()}>Sign out</button>
        </div>
      </header>
      <main id="main" ref={main}>{children}</main>
    </>
  );
}
