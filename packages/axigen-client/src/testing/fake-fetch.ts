// Test support: a fetch that records each request and answers from a scripted responder.

export interface RecordedRequest {
  url: URL;
  method: string;
  headers: Record<string, string>;
  /** Parsed JSON body, when the request sent JSON. */
  json: unknown;
  body: BodyInit | null | undefined;
  credentials: RequestCredentials | undefined;
  signal: AbortSignal | undefined;
}

export type Responder = (request: RecordedRequest, index: number) => Response | Promise<Response>;

export function fakeFetch(responder: Responder) {
  const requests: RecordedRequest[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    if (init.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const body = init.body;
    const request: RecordedRequest = {
      url: new URL(String(input)),
      method: init.method ?? 'GET',
      headers,
      json: typeof body === 'string' && headers['content-type'] === 'application/json' ? JSON.parse(body) : undefined,
      body,
      credentials: init.credentials,
      signal: init.signal ?? undefined,
    };
    requests.push(request);
    return responder(request, requests.length - 1);
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function emptyResponse(status = 204): Response {
  return new Response(null, { status });
}

/** Query parameters of a recorded URL as a plain object. */
export function queryOf(url: URL): Record<string, string> {
  return Object.fromEntries(url.searchParams.entries());
}
