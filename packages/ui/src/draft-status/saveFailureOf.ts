/** Why a save failed, as a code the catalog turns into the user's language. */
export type SaveFailureReason =
  'network' | 'timeout' | 'server' | 'busy' | 'too-large' | 'invalid' | 'refused' | 'expired' | 'offline' | 'unknown';

const CODES: readonly SaveFailureReason[] = [
  'network',
  'timeout',
  'server',
  'busy',
  'too-large',
  'invalid',
  'refused',
  'expired',
  'offline',
  'unknown',
];

// compose-core's own fixed sentences (session/userMessage.ts and the autosave's offline note), read back into codes.
// Anything else (a raw server text from an older core, a host's string) is `unknown`: never shown as it is.
const SENTENCES: readonly [RegExp, SaveFailureReason][] = [
  [/\boffline\b/i, 'offline'],
  [/signed out|sign in again/i, 'expired'],
  [/did not answer in time/i, 'timeout'],
  [/could not be reached|^network error/i, 'network'],
  [/too large/i, 'too-large'],
  [/server is busy/i, 'busy'],
  [/server had a problem/i, 'server'],
  [/cannot take .* as written/i, 'invalid'],
  [/refused/i, 'refused'],
];

/**
 * The reason code of a save failure: a `code` when compose-core gives one, a code passed as is, or one of
 * compose-core's fixed sentences; `unknown` for anything else.
 */
export function saveFailureOf(error: { code?: unknown; message?: unknown } | string | undefined): SaveFailureReason {
  if (error === undefined) return 'unknown';
  const code = typeof error === 'string' ? error : error.code;
  if (typeof code === 'string' && (CODES as readonly string[]).includes(code)) return code as SaveFailureReason;
  const message = typeof error === 'string' ? error : typeof error.message === 'string' ? error.message : '';
  return SENTENCES.find(([pattern]) => pattern.test(message))?.[1] ?? 'unknown';
}
