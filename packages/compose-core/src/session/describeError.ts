// Reads an AxigenError (or anything thrown) without depending on the client's class identity.

export interface ErrorInfo {
  message: string;
  /** Repeating the same call cannot duplicate an effect and may succeed. */
  retryable: boolean;
  /** The request may or may not have taken effect (network error on a non-idempotent call). */
  outcomeUnknown: boolean;
  network: boolean;
  aborted: boolean;
  /** The call's own time limit passed (the client's, or the session's). */
  timeout: boolean;
  status?: number;
  /** The server's error code, when it sent one. */
  code?: string;
  /** The input field the client refused (`to[1].address`), for invalid input. */
  field?: string;
}

export function describeError(error: unknown): ErrorInfo {
  const e = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  const kind = typeof e.kind === 'string' ? e.kind : undefined;
  const status = typeof e.status === 'number' ? e.status : undefined;
  const network = kind === 'network' || error instanceof TypeError;
  const timeout = kind === 'timeout' || (error instanceof Error && error.name === 'TimeoutError');
  const aborted = !timeout && (kind === 'aborted' || (error instanceof Error && error.name === 'AbortError'));
  const message =
    (typeof e.serverMessage === 'string' && e.serverMessage) ||
    (error instanceof Error && error.message) ||
    'Unknown error';
  return {
    message: network ? `Network error: ${message}` : message,
    retryable: e.retryable === true,
    outcomeUnknown: e.outcomeUnknown === true || ((network || timeout) && e.retryable !== true),
    network,
    aborted,
    timeout,
    ...(status === undefined ? {} : { status }),
    ...(typeof e.code === 'string' ? { code: e.code } : {}),
    ...(typeof e.field === 'string' ? { field: e.field } : {}),
  };
}

export function isNotFound(error: unknown): boolean {
  return describeError(error).status === 404;
}

/**
 * For a call that changes server state (send, schedule, create, undo): true unless the server clearly refused it.
 * A 5xx, a timeout, a dropped connection or a gateway error may come after the work was done, so the session
 * must look at the server before doing it again.
 */
export function mayHaveHappened(error: unknown): boolean {
  const info = describeError(error);
  if (info.outcomeUnknown || info.network || info.timeout) return true;
  const { status } = info;
  return status !== undefined && (status >= 500 || status === 408);
}

/** Worth trying again later by itself: nothing refused it for good (429, 408, 5xx, network, timeout). */
export function isTransient(error: unknown): boolean {
  const info = describeError(error);
  const { status } = info;
  return (
    info.retryable ||
    info.network ||
    info.timeout ||
    info.outcomeUnknown ||
    (status !== undefined && (status >= 500 || status === 429 || status === 408))
  );
}
