// An XMLHttpRequest over a fetch function, so the client's uploads (which use XHR for progress) reach the
// in-process emulator instead of jsdom's real network stack. Reports progress at half and at the end.

interface ProgressLike {
  loaded: number;
  total: number;
  lengthComputable: boolean;
}

export function createFetchXhr(fetchImpl: typeof fetch): typeof XMLHttpRequest {
  class FetchXhr {
    status = 0;
    responseText = '';
    responseType = '';
    withCredentials = false;
    upload: { onprogress: ((event: ProgressLike) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    ontimeout: (() => void) | null = null;
    onabort: (() => void) | null = null;
    #method = 'GET';
    #url = '';
    #headers: Record<string, string> = {};
    #response: Response | undefined;
    #controller = new AbortController();
    #done = false;

    open(method: string, url: string) {
      this.#method = method;
      this.#url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.#headers[name] = value;
    }
    getResponseHeader(name: string) {
      return this.#response?.headers.get(name) ?? null;
    }
    abort() {
      if (this.#done) return;
      this.#done = true;
      this.#controller.abort();
      this.onabort?.();
    }
    send(body: BodyInit | null) {
      const size =
        body instanceof FormData
          ? [...body.values()].reduce((n, v) => n + (typeof v === 'string' ? v.length : v.size), 0)
          : 0;
      this.upload.onprogress?.({ loaded: Math.floor(size / 2), total: size, lengthComputable: true });
      const encoded: Promise<{ body: BodyInit | null; headers: Record<string, string> }> =
        body instanceof FormData ? encodeMultipart(body) : Promise.resolve({ body, headers: {} });
      encoded
        .then((e) =>
          fetchImpl(this.#url, {
            method: this.#method,
            headers: { ...this.#headers, ...e.headers },
            body: e.body,
            signal: this.#controller.signal,
          }),
        )
        .then(
          async (response) => {
            const text = await response.text();
            if (this.#done) return;
            this.#done = true;
            this.upload.onprogress?.({ loaded: size, total: size, lengthComputable: true });
            this.#response = response;
            this.status = response.status;
            this.responseText = text;
            this.onload?.();
          },
          () => {
            if (this.#done) return;
            this.#done = true;
            this.onerror?.();
          },
        );
    }
  }
  return FetchXhr as unknown as typeof XMLHttpRequest;
}

/**
 * jsdom's FormData is not the one Node's Request understands (it would send "undefined"), so the test transport
 * writes the multipart body itself.
 */
async function encodeMultipart(
  form: FormData,
): Promise<{ body: Uint8Array<ArrayBuffer>; headers: Record<string, string> }> {
  const boundary = `----inkwell-test-${Math.random().toString(16).slice(2)}`;
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') {
      chunks.push(
        encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
      );
    } else {
      const filename = value.name || 'blob';
      const type = value.type || 'application/octet-stream';
      chunks.push(
        encoder.encode(
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
        ),
      );
      chunks.push(new Uint8Array(await value.arrayBuffer()));
      chunks.push(encoder.encode('\r\n'));
    }
  }
  chunks.push(encoder.encode(`--${boundary}--\r\n`));
  const body = new Uint8Array(new ArrayBuffer(chunks.reduce((n, c) => n + c.length, 0)));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return { body, headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` } };
}
