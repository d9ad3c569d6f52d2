import { useState } from 'preact/hooks';
import { api, errorMessage } from '../lib/api.js';
import type { SessionInfo } from '../lib/types.js';
import { ErrorNote, PageTitle } from '../components/bits.js';

export function SignIn({ onSignedIn }: { onSignedIn(session: SessionInfo): void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await api<SessionInfo>('POST', '/api/auth/sign-in', { email, password }));
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <main id="main" class="sign-in">
      <form class="card" onSubmit={submit} aria-labelledby="sign-in-title">
        <p class="brand">Intake</p>
        <div id="sign-in-title"><PageTitle title="Sign in">Sign in</PageTitle></div>
        <p class="hint">Use the account Intake printed when it first started, or one your admin made for you.</p>
        <label for="email">E-mail</label>
        <input id="email" name="email" type="email" autocomplete="username" required value={email}
          onInput={(e) => setEmail(e.currentTarget.value)} />
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required value={password}
          onInput={(e) => setPassword(e.currentTarget.value)} />
        {error && <ErrorNote>{error}</ErrorNote>}
        <button type="submit" class="primary" disabled={busy}>{busy ? 'Signing in…' : 'Sign in'}</button>
      </form>
    </main>
  );
}
