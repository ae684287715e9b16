import { type Dispatch, DispatchFailure } from './dispatch';

/** Dispatch through XMLHttpRequest: the only browser API with upload progress. */
export function xhrDispatch(XHR: typeof XMLHttpRequest): Dispatch {
  return (request) =>
    new Promise((resolve, reject) => {
      const xhr = new XHR();
      const onAbortSignal = () => xhr.abort();
      const settle = () => request.signal?.removeEventListener('abort', onAbortSignal);
      xhr.open(request.method, request.url);
      for (const [name, value] of Object.entries(request.headers)) xhr.setRequestHeader(name, value);
      xhr.withCredentials = request.credentials === 'include';
      xhr.responseType = 'text';
      const { onProgress } = request;
      if (onProgress) {
        xhr.upload.onprogress = (event) => {
          const estimate = Math.max(event.loaded, request.uploadSize ?? 0);
          onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : estimate });
        };
      }
      xhr.onload = () => {
        settle();
        const text = String(xhr.responseText ?? '');
        resolve({
          status: xhr.status,
          header: (name) => xhr.getResponseHeader(name),
          setCookies: () => [],
          text: async () => text,
          blob: async () => new Blob([text], { type: xhr.getResponseHeader('Content-Type') ?? '' }),
        });
      };
      const fail = (reason: 'network' | 'aborted', detail: string) => () => {
        settle();
        reject(new DispatchFailure(reason, new Error(detail)));
      };
      xhr.onerror = fail('network', 'XMLHttpRequest network error');
      xhr.ontimeout = fail('network', 'XMLHttpRequest timed out');
      xhr.onabort = fail('aborted', 'XMLHttpRequest aborted');
      if (request.signal?.aborted) {
        fail('aborted', 'aborted before sending')();
        return;
      }
      request.signal?.addEventListener('abort', onAbortSignal, { once: true });
      xhr.send(request.body ?? null);
    });
}
