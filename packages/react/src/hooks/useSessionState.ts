'use client';
import { useSyncExternalStore } from 'react';
import type { SessionState } from '@inkwell/axigen-client';
import { useInkwellClient } from '../provider/useInkwellClient';

/**
 * The provider client's login state: `signed-out`, `signed-in`, `restoring` (a 401 is being repaired) or
 * `expired` (it could not be: show "Session expired, sign in again"; the compose journal keeps the user's work).
 */
export function useSessionState(): SessionState {
  const { auth } = useInkwellClient();
  const read = () => auth.state;
  return useSyncExternalStore(auth.subscribe, read, read);
}
