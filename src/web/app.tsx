/**
 * The app shell: who is signed in, and which screen the URL names.
 *
 *   loading ──GET /api/auth/session──▶ signed-in ──sign out / any 401──▶ signed-out ──sign in──▶ signed-in
 *                       └────401────▶ signed-out
 */
import { useEffect, useState } from 'preact/hooks';
import { api, ApiFailure, onUnauthenticated, setCsrfToken } from './lib/api.js';
import { navigate, parseRoute, useLocation, type Route } from './lib/router.js';
import type { SessionInfo } from './lib/types.js';
import { Layout } from './components/layout.js';
import { SessionContext } from './session.js';
import { SignIn } from './screens/sign-in.js';
import { NewImport } from './screens/new-import.js';
import { ImportScreen } from './screens/import.js';
import { Imports } from './screens/imports.js';
import { Shows } from './screens/shows.js';
import { Show } from './screens/show.js';
import { Queue } from './screens/queue.js';

type Auth = { state: 'loading' } | { state: 'signed-out' } | { state: 'signed-in'; session: SessionInfo };

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'new-import': return <NewImport />;
    case 'imports': return <Imports />;
    case 'import': return <ImportScreen id={route.id} />;
    case 'shows': return <Shows />;
    case 'show': return <Show id={route.id} />;
    case 'queue': return <Queue />;
    case 'sign-in': return <NewImport />;
    case 'not-found': return <p role="alert">There is no page at this address.</p>;
  }
}

export function App() {
  const path = useLocation();
  const [auth, setAuth] = useState<Auth>({ state: 'loading' });

  const signedIn = (session: SessionInfo) => {
    setCsrfToken(session.csrfToken);
    setAuth({ state: 'signed-in', session });
  };
  const signedOut = () => {
    setCsrfToken(null);
    setAuth({ state: 'signed-out' });
  };

  useEffect(() => {
    api<SessionInfo>('GET', '/api/auth/session').then(signedIn, (error: unknown) => {
      if (error instanceof ApiFailure && error.status !== 401) console.warn('session check failed', error);
      signedOut();
    });
    return onUnauthenticated(signedOut);
  }, []);

  if (auth.state === 'loading') return <p class="loading" aria-live="polite">Loading…</p>;
  if (auth.state === 'signed-out') {
    return <SignIn onSignedIn={(session) => {
      signedIn(session);
      if (location.pathname === '/sign-in') navigate('/', { replace: true });
    }} />;
  }
  const signOut = async () => {
    await api('POST', '/api/auth/sign-out').catch(() => undefined);
    signedOut();
  };
  const route = parseRoute(path);
  return (
    <SessionContext.Provider value={{ session: auth.session, signOut }}>
      <Layout route={route}><Screen route={route} /></Layout>
    </SessionContext.Provider>
  );
}
