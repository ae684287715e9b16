import { describeError } from './describeError';

/** A failure in the user's words (never the raw API text), for a save or a send. */
export function userMessage(error: unknown, what: 'save' | 'send' | 'schedule' | 'undo'): string {
  const info = describeError(error);
  const noun = { save: 'The draft', send: 'The message', schedule: 'The message', undo: 'The message' }[what];
  if (info.timeout) return `The server did not answer in time. ${noun} is kept here; trying again.`;
  if (info.network) return `The server could not be reached. ${noun} is kept here; trying again.`;
  const { status } = info;
  if (status === 401) return 'You were signed out. Sign in again; nothing you typed is lost.';
  if (status === 413) return `${noun} is too large for the server.`;
  if (status === 429) return 'The server is busy. Trying again shortly.';
  if (status !== undefined && status >= 500) return `The server had a problem. ${noun} is kept here; trying again.`;
  if (info.field) return `The server cannot take ${info.field.replace(/\[\d+\].*$/, '')} as written; please check it.`;
  const verb = { save: 'saved', send: 'sent', schedule: 'scheduled', undo: 'pulled back' }[what];
  return `${noun} could not be ${verb}: the server refused it.`;
}
