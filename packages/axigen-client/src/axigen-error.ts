import type { OperationName } from './client-types';

export type AxigenErrorKind = 'http' | 'network' | 'aborted' | 'invalid-input' | 'invalid-response';

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
