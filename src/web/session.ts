/** The signed-in user, shared with every screen. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { SessionInfo } from './lib/types.js';

export interface SessionState {
  session: SessionInfo;
  signOut(): Promise<void>;
}

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside a signed-in screen');
  return state;
}

export const isAdmin = (session: SessionInfo): boolean => session.organisations.some((o) => o.role === 'admin');
