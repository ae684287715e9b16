import { isAxigenError } from '@inkwell/axigen-client';

/** A failed sign-in in the user's words (never the server's raw message). */
export function describeSignInError(error: unknown): string {
  if (isAxigenError(error)) {
    if (error.status === 401) return 'The email address or password is not right.';
    if (error.kind === 'network') return 'The mail server cannot be reached. Check your connection and try again.';
  }
  return 'The mail server could not sign you in just now. Try again in a moment.';
}
