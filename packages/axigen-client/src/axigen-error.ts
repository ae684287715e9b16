import type { OperationName } from './client-types';

export type AxigenErrorKind = 'http' | 'network' | 'timeout' | 'aborted' | 'invalid-input' | 'invalid-response';

/**
 * What a failed call means for the caller (docs/decisions, outcome classes): `failed` (nothing happened, do not
 * repeat as is), `retryable` (nothing can be duplicated, repeat), `unknown` (it may have happened: look at the
 * server's state before acting again).
 */
export type AxigenOutcome = 'failed' | 'retryable' | 'unknown';

/** Where an error came from: a client method (URL builders included), or one of the standalone helpers. */
export type AxigenErrorOperation =
  OperationName | 'attachmentUrl' | 'temporaryAttachmentUrl' | 'formatAddress' | 'formatAddressList' | 'toAsciiDomain';

export interface AxigenErrorInit {
  kind: AxigenErrorKind;
  operation: AxigenErrorOperation;
  message: string;
  retryable?: boolean;
  outcomeUnknown?: boolean;
  status?: number;
  code?: string;
  serverMessage?: string;
  field?: string;
  timeoutMs?: number;
  cause?: unknown;
}

/** The one error every client method and helper rejects with. */
export class AxigenError extends Error {
  override readonly name = 'AxigenError';
  readonly kind: AxigenErrorKind;
  readonly operation: AxigenErrorOperation;
  /** True only when repeating the same call cannot duplicate an effect. */
  readonly retryable: boolean;
  /** True when the request may or may not have taken effect (e.g. a send whose connection dropped). */
  readonly outcomeUnknown: boolean;
  readonly status?: number;
  /** The server's error code, when it sent one. */
  readonly code?: string;
  /** The server's error text, when it sent one. */
  readonly serverMessage?: string;
  /** The offending input field (`to[1].name`, `subject`), for `invalid-input`. */
  readonly field?: string;
  /** For `timeout`: the limit that passed, ms. */
  readonly timeoutMs?: number;

  constructor(init: AxigenErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.operation = init.operation;
    this.retryable = init.retryable ?? false;
    this.outcomeUnknown = init.outcomeUnknown ?? false;
    if (init.status !== undefined) this.status = init.status;
    if (init.code !== undefined) this.code = init.code;
    if (init.serverMessage !== undefined) this.serverMessage = init.serverMessage;
    if (init.field !== undefined) this.field = init.field;
    if (init.timeoutMs !== undefined) this.timeoutMs = init.timeoutMs;
  }

  /** The outcome class, from `outcomeUnknown` and `retryable`. */
  get outcome(): AxigenOutcome {
    if (this.outcomeUnknown) return 'unknown';
    return this.retryable ? 'retryable' : 'failed';
  }
}

export function isAxigenError(error: unknown): error is AxigenError {
  return error instanceof AxigenError;
}

/** Shorthand for the many `invalid-input` errors: the message always names the field. */
export function invalidInput(
  operation: AxigenErrorOperation,
  field: string,
  problem: string,
  cause?: unknown,
): AxigenError {
  return new AxigenError({
    kind: 'invalid-input',
    operation,
    field,
    message: `${operation}: ${field} ${problem}`,
    cause,
  });
}
