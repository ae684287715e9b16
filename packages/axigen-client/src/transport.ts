import type { AxigenClientOptions, OperationName, UploadProgress } from './client-types';
import { AxigenError } from './axigen-error';
import { CookieJar } from './cookie-jar';
import { SessionKeeper } from './session-keeper';
import { type Dispatch, type DispatchResponse, DispatchFailure } from './dispatch';
import { fetchDispatch } from './fetch-dispatch';
import { findIllFormedString } from './find-ill-formed-string';
import { isIdempotent, isOutcomeUnknownStatus, isRetryableStatus, timeoutFor } from './operation-policy';
import { requestDeadline } from './request-deadline';
import { parseErrorBody } from './parse-error-body';
import { xhrDispatch } from './xhr-dispatch';

import type { Session } from './session-keeper';
import type { JsonWriter } from './json-writer';
import { LONG_STRING } from './long-string';
export type { Session };

/** How a request authenticates: with the session, not at all, as a cookie login, or with a login header. */
export type Auth = 'session' | 'none' | 'cookie-login' | { authorization: string };

export type Expect = 'json' | 'json-or-empty' | 'empty' | 'blob' | 'text';
type Parsed<E extends Expect> = E extends 'json'
  ? unknown
  : E extends 'json-or-empty'
    ? unknown
    : E extends 'empty'
      ? undefined
      : E extends 'blob'
        ? Blob
        : string;

export interface RequestSpec<E extends Expect> {
  operation: OperationName;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path below the base URL, already encoded, e.g. `/api/v1/mails`. */
  path: string;
  query?: Record<string, string | undefined>;
  json?: unknown;
  form?: FormData;
  uploadSize?: number;
  onProgress?: (progress: UploadProgress) => void;
  auth?: Auth;
  /** False for calls where re-logging in makes no sense (logout). */
  relogin?: boolean;
  signal?: AbortSignal | undefined;
  /** This call's own timeout, ms (RequestOptions.timeoutMs). */
  timeoutMs?: number | undefined;
  expect: E;
}

/**
 * Builds URLs and headers from the session, sends through fetch or XHR, and turns every failure into an
 * AxigenError: the one place for auth, re-login on 401, abort, and error-body parsing.
 */
export class Transport {
  readonly #options: AxigenClientOptions;
  readonly #base: string;
  readonly #cookies: CookieJar;
  // A jar given in the options is shared with other clients (tabs): never emptied by this one.
  readonly #ownJar: boolean;
  readonly #fetch: Dispatch;
  /** Keeps the JSON text of a long body's unchanged end from one save to the next (json-writer.ts): loaded with the
   * first long body, so a client that never sends one does not download it. */
  #json: JsonWriter | undefined;
  /** Login state, re-login on 401, and the session shared with other tabs. */
  readonly keeper: SessionKeeper;
  #session: Session | undefined;
  // Bumped on every login/logout, so a 401 for a request sent with an older session just retries.
  #sessionVersion = 0;
  #relogin: Promise<void> | undefined;

  constructor(options: AxigenClientOptions) {
    this.#options = options;
    this.#base = options.baseUrl.replace(/\/+$/, '');
    this.#fetch = fetchDispatch(() => options.fetch ?? globalThis.fetch);
    this.#cookies = options.cookies ?? new CookieJar();
    this.#ownJar = options.cookies === undefined;
    this.keeper = new SessionKeeper(this, options.coordinator, options.onUnauthorized);
  }

  get session(): Session | undefined {
    return this.#session;
  }

  setSession(session: Session | undefined): void {
    this.#session = session;
    this.#sessionVersion++;
    if (session?.mode !== 'cookie' && this.#ownJar) this.#cookies.clear();
  }

  /** A URL for the browser to load directly (`<img>`, download link): carries `_h` in cookie mode. */
  url(path: string, query: Record<string, string | undefined> = {}): string {
    const session = this.#session;
    return this.#buildUrl(path, session?.mode === 'cookie' ? { ...query, _h: session.sessid } : query);
  }

  #buildUrl(path: string, query: Record<string, string | undefined>): string {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, value);
    const search = params.toString();
    return `${this.#base}${path}${search === '' ? '' : `?${search}`}`;
  }

  async request<E extends Expect>(spec: RequestSpec<E>): Promise<Parsed<E>> {
    const { operation, signal } = spec;
    const illFormed = findIllFormedString(spec.json, '') ?? findIllFormedString(spec.query ?? {}, '');
    if (illFormed !== undefined) {
      throw new AxigenError({
        kind: 'invalid-input',
        operation,
        field: illFormed,
        message: `${operation}: ${illFormed} contains a lone UTF-16 surrogate (not valid Unicode)`,
      });
    }
    if (signal?.aborted) throw abortedError(operation, false, signal.reason);
    const auth = spec.auth ?? 'session';
    let retried = false;
    for (;;) {
      const sessionVersion = this.#sessionVersion;
      const sentWith = this.#session?.sessid;
      const error = await this.#attempt(spec, auth);
      if (!(error instanceof AxigenError)) return error.value;
      if (error.status !== 401 || auth !== 'session' || spec.relogin === false) throw error;
      if (retried || !this.keeper.canRestore) {
        // The session is gone for good (unless a newer one arrived meanwhile): a state the UI must show.
        if (sessionVersion === this.#sessionVersion && this.#session !== undefined) this.keeper.setState('expired');
        throw error;
      }
      retried = true;
      await this.#reauthenticate(sessionVersion, sentWith, spec, error);
    }
  }

  // One exchange under its own deadline (the timer covers the body too); an HTTP error is returned, not thrown.
  async #attempt<E extends Expect>(spec: RequestSpec<E>, auth: Auth): Promise<{ value: Parsed<E> } | AxigenError> {
    const timeoutMs = timeoutFor(spec.operation, this.#options.timeouts, {
      timeoutMs: spec.timeoutMs,
      uploadBytes: spec.uploadSize,
    });
    const deadline = requestDeadline(spec.signal, timeoutMs);
    const failure = (error: unknown) =>
      transportError(spec.operation, error, spec.signal, deadline.timedOut() ? timeoutMs : undefined);
    try {
      let response: DispatchResponse;
      try {
        response = await this.#dispatch(spec, auth, deadline.signal);
      } catch (error) {
        throw failure(error);
      }
      if (auth === 'cookie-login' || this.#session?.mode === 'cookie') this.#cookies.store(response.setCookies());
      if (response.status < 200 || response.status >= 300) {
        const error = await httpError(spec.operation, response);
        // The answer arrived; a deadline that passed while its error body streamed changes nothing.
        return error;
      }
      try {
        return { value: await this.#read(spec, response) };
      } catch (error) {
        throw error instanceof BodyReadFailure ? failure(error.cause) : error;
      }
    } finally {
      deadline.dispose();
    }
  }

  // Concurrent 401s share one restore; a request that was sent before a newer login just retries.
  async #reauthenticate(
    sessionVersion: number,
    sentWith: string | undefined,
    spec: RequestSpec<Expect>,
    unauthorized: AxigenError,
  ): Promise<void> {
    if (sessionVersion !== this.#sessionVersion) return;
    this.#relogin ??= this.keeper.restore(sentWith).finally(() => {
      this.#relogin = undefined;
    });
    try {
      await abortable(this.#relogin, spec.signal);
    } catch (cause) {
      if (cause instanceof AbortedWhileWaiting) throw abortedError(spec.operation, false, spec.signal?.reason);
      // The re-login failed: the caller sees the original 401, with the login failure as its cause.
      throw new AxigenError({ ...errorInit(unauthorized), cause });
    }
  }

  async #dispatch(spec: RequestSpec<Expect>, auth: Auth, signal: AbortSignal | undefined): Promise<DispatchResponse> {
    const headers: Record<string, string> = {};
    if (spec.expect === 'json' || spec.expect === 'json-or-empty' || spec.expect === 'empty') {
      headers.Accept = 'application/json';
    }
    let body: string | FormData | undefined;
    if (spec.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = (this.#json ?? JSON).stringify(spec.json);
      // A long body loads the writer for the next ones (once: an import of a loaded module is the same module); a
      // failed load (offline since the page loaded) is tried again by the next.
      if (body.length >= LONG_STRING) {
        import('./json-writer').then(
          (m) => (this.#json ??= m.createJsonWriter(LONG_STRING)),
          () => undefined,
        );
      }
    } else if (spec.form !== undefined) {
      body = spec.form; // the runtime sets multipart/form-data with its boundary
    }
    let credentials: RequestCredentials | undefined;
    let query = spec.query ?? {};
    const session = this.#session;
    if (typeof auth === 'object') {
      headers.Authorization = auth.authorization;
    } else if (auth === 'cookie-login') {
      credentials = 'include';
    } else if (auth === 'session' && session?.mode === 'header') {
      headers.Authorization = session.authorization;
      headers['X-Axigen-Session'] = session.sessid;
    } else if (auth === 'session' && session?.mode === 'cookie') {
      credentials = 'include';
      query = { ...query, _h: session.sessid };
      const cookie = this.#cookies.header();
      if (cookie !== undefined) headers.Cookie = cookie;
    }
    const url = this.#buildUrl(spec.path, query);
    const XHR = this.#options.XMLHttpRequest ?? globalThis.XMLHttpRequest;
    const dispatch = spec.form !== undefined && XHR !== undefined ? xhrDispatch(XHR) : this.#fetch;
    return dispatch({
      url,
      method: spec.method,
      headers,
      ...(body !== undefined && { body }),
      ...(credentials !== undefined && { credentials }),
      ...(signal !== undefined && { signal }),
      ...(spec.onProgress !== undefined && { onProgress: spec.onProgress }),
      ...(spec.uploadSize !== undefined && { uploadSize: spec.uploadSize }),
    });
  }

  async #read<E extends Expect>(spec: RequestSpec<E>, response: DispatchResponse): Promise<Parsed<E>> {
    const { operation } = spec;
    try {
      if (spec.expect === 'blob') return (await response.blob()) as Parsed<E>;
      const text = await response.text();
      if (spec.expect === 'text') return text as Parsed<E>;
      if (spec.expect === 'empty') return undefined as Parsed<E>;
      if (text.trim() === '') {
        if (spec.expect === 'json-or-empty') return undefined as Parsed<E>;
        throw invalidResponse(operation, `HTTP ${response.status} with an empty body where JSON was expected`);
      }
      try {
        return JSON.parse(text) as Parsed<E>;
      } catch (cause) {
        throw invalidResponse(operation, `HTTP ${response.status} with a body that is not JSON`, cause);
      }
    } catch (error) {
      if (error instanceof AxigenError) throw error;
      throw new BodyReadFailure(error);
    }
  }
}

/** A 2xx answer the client cannot use. For a send, the server said yes: the effect may well have happened. */
export function invalidResponse(operation: OperationName, detail: string, cause?: unknown): AxigenError {
  return new AxigenError({
    kind: 'invalid-response',
    operation,
    message: `${operation}: unexpected response: ${detail}`,
    outcomeUnknown: !isIdempotent(operation),
    cause,
  });
}

async function httpError(operation: OperationName, response: DispatchResponse): Promise<AxigenError> {
  let text = '';
  try {
    text = await response.text();
  } catch {
    // The status alone still says what happened.
  }
  const { code, message } = parseErrorBody(text);
  const { status } = response;
  const idempotent = isIdempotent(operation);
  return new AxigenError({
    kind: 'http',
    operation,
    status,
    code,
    serverMessage: message,
    retryable: idempotent && isRetryableStatus(status),
    outcomeUnknown: !idempotent && isOutcomeUnknownStatus(status),
    message: `${operation} failed: HTTP ${status}${code === undefined ? '' : ` ${code}`}${message === undefined ? '' : `: ${message}`}`,
  });
}

function transportError(
  operation: OperationName,
  error: unknown,
  signal: AbortSignal | undefined,
  timedOutAfterMs: number | undefined,
): AxigenError {
  if (error instanceof AxigenError) return error;
  const cause = error instanceof DispatchFailure ? error.detail : error;
  const idempotent = isIdempotent(operation);
  const maybe = idempotent ? '' : '; it may or may not have taken effect';
  // The caller's abort wins over a timer that fired in the same turn: they asked to stop.
  if (signal?.aborted) return abortedError(operation, true, cause);
  if (timedOutAfterMs !== undefined) {
    return new AxigenError({
      kind: 'timeout',
      operation,
      retryable: idempotent,
      outcomeUnknown: !idempotent,
      timeoutMs: timedOutAfterMs,
      message: `${operation} failed: no answer within ${timedOutAfterMs} ms${maybe}`,
      cause,
    });
  }
  const reason = error instanceof DispatchFailure ? error.reason : 'network';
  if (reason === 'aborted') return abortedError(operation, true, cause);
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new AxigenError({
    kind: 'network',
    operation,
    retryable: idempotent,
    outcomeUnknown: !idempotent,
    message: `${operation} failed: network error (${detail})${maybe}`,
    cause,
  });
}

/** A 2xx body that could not be read to the end (connection dropped, aborted, timed out). */
class BodyReadFailure extends Error {
  constructor(override readonly cause: unknown) {
    super('body read failed', { cause });
  }
}

function abortedError(operation: OperationName, dispatched: boolean, cause: unknown): AxigenError {
  return new AxigenError({
    kind: 'aborted',
    operation,
    outcomeUnknown: dispatched && !isIdempotent(operation),
    message: `${operation} was aborted`,
    cause,
  });
}

function errorInit(error: AxigenError) {
  return {
    kind: error.kind,
    operation: error.operation,
    message: error.message,
    retryable: error.retryable,
    outcomeUnknown: error.outcomeUnknown,
    status: error.status,
    code: error.code,
    serverMessage: error.serverMessage,
    field: error.field,
  };
}

class AbortedWhileWaiting extends Error {}

function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new AbortedWhileWaiting());
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
