import { type Dispatch, DispatchFailure } from './dispatch';

/** Dispatch through fetch; `getFetch` is read per call so a fetch patched later (MSW) is honoured. */
export function fetchDispatch(getFetch: () => typeof fetch | undefined): Dispatch {
  return async (request) => {
    const fetchFn = getFetch();
    if (fetchFn === undefined) throw new DispatchFailure('network', new Error('No fetch implementation available'));
    const failure = (error: unknown) =>
      new DispatchFailure(request.signal?.aborted || isAbortError(error) ? 'aborted' : 'network', error);
    let response: Response;
    try {
      // Called unbound: native fetch throws "Illegal invocation" when called as a method of another object.
      response = await fetchFn(request.url, {
        method: request.method,
        headers: request.headers,
        ...(request.body !== undefined && { body: request.body }),
        ...(request.credentials !== undefined && { credentials: request.credentials }),
        ...(request.signal !== undefined && { signal: request.signal }),
      });
    } catch (error) {
      throw failure(error);
    }
    // A body can fail mid-stream (connection drop, abort): that is a network/abort failure, not a bad response.
    const read = async <T>(reader: () => Promise<T>): Promise<T> => {
      try {
        return await reader();
      } catch (error) {
        throw failure(error);
      }
    };
    return {
      status: response.status,
      header: (name) => response.headers.get(name),
      setCookies: () => response.headers.getSetCookie?.() ?? [],
      text: () => read(() => response.text()),
      blob: () => read(() => response.blob()),
    };
  };
}

function isAbortError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
}
