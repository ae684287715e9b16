// Reads an AxigenError (or anything thrown) without depending on the client's class identity.

export interface ErrorInfo {
  message: string;
  /** Repeating the same call cannot duplicate an effect and may succeed. */
  retryable: boolean;
  /** The request may or may not have taken effect (network error on a non-idempotent call). */
  outcomeUnknown: boolean;
  network: boolean;
  aborted: boolean;
  status?: number;
}

export function describeError(error: unknown): ErrorInfo {
  const e = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  const kind = typeof e.kind === 'string' ? e.kind : undefined;
  const status = typeof e.status === 'number' ? e.status : undefined;
  const network = kind === 'network' || error instanceof TypeError;
  const aborted = kind === 'aborted' || (error instanceof Error && error.name === 'AbortError');
  const message =
    (typeof e.serverMessage === 'string' && e.serverMessage) ||
    (error instanceof Error && error.message) ||
    'Unknown error';
  return {
    message: network ? `Network error: ${message}` : message,
    retryable: e.retryable === true,
    outcomeUnknown: e.outcomeUnknown === true || (network && e.retryable !== true),
    network,
    aborted,
    ...(status === undefined ? {} : { status }),
  };
}

export function isNotFound(error: unknown): boolean {
  return describeError(error).status === 404;
}
