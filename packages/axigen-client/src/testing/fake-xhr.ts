// Test support: an XMLHttpRequest stand-in that records what the client set and lets the test drive events.

type Handler = (() => void) | null;

export function createFakeXhr() {
  const instances: FakeXMLHttpRequest[] = [];

  class FakeXMLHttpRequest {
    method = '';
    url = '';
    requestHeaders: Record<string, string> = {};
    body: unknown = undefined;
    sent = false;
    aborted = false;
    withCredentials = false;
    responseType = '';
    status = 0;
    responseText = '';
    #responseHeaders: Record<string, string> = {};
    upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
    onload: Handler = null;
    onerror: Handler = null;
    ontimeout: Handler = null;
    onabort: Handler = null;

    constructor() {
      instances.push(this);
    }

    open(method: string, url: string): void {
      this.method = method;
      this.url = url;
    }

    setRequestHeader(name: string, value: string): void {
      this.requestHeaders[name] = value;
    }

    getResponseHeader(name: string): string | null {
      return this.#responseHeaders[name.toLowerCase()] ?? null;
    }

    send(body: unknown): void {
      this.body = body;
      this.sent = true;
    }

    abort(): void {
      this.aborted = true;
      this.onabort?.();
    }

    // Drivers for the test.
    progress(loaded: number, total: number, lengthComputable = true): void {
      this.upload.onprogress?.({ loaded, total, lengthComputable } as ProgressEvent);
    }

    respond(status: number, body: unknown, headers: Record<string, string> = {}): void {
      this.status = status;
      this.responseText = typeof body === 'string' ? body : JSON.stringify(body);
      this.#responseHeaders = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
      this.onload?.();
    }

    failNetwork(): void {
      this.onerror?.();
    }

    timeOut(): void {
      this.ontimeout?.();
    }
  }

  return { XHR: FakeXMLHttpRequest as unknown as typeof XMLHttpRequest, instances };
}

export type FakeXhr = ReturnType<typeof createFakeXhr>['instances'][number];
