import { useSyncExternalStore } from 'react';
import type { AccountSession, SessionState } from './accountSession';

export function useAccountSession(session: AccountSession): SessionState {
  return useSyncExternalStore(session.subscribe, session.getState, session.getState);
}
