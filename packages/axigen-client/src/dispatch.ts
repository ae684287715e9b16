import type { UploadProgress } from './client-types';

/** One HTTP exchange, as the transport needs it, whether it went through fetch or XMLHttpRequest. */
export interface DispatchRequest {
  url: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  headers: Record<string, string>;
  body?: string | FormData;
  credentials?: RequestCredentials;
  signal?: AbortSignal;
  onProgress?: (progress: UploadProgress) => void;
  /** Upload size estimate, used as `total` when the browser cannot compute the length. */
  uploadSize?: number;
}

export interface DispatchResponse {
  status: number;
  header(name: string): string | null;
  /** `Set-Cookie` values where the runtime exposes them (Node), else `[]`. */
  setCookies(): string[];
  text(): Promise<string>;
  blob(): Promise<Blob>;
}

export type Dispatch = (request: DispatchRequest) => Promise<DispatchResponse>;

/** Thrown by a dispatcher when no HTTP status arrived: the network failed or the signal aborted. */
export class DispatchFailure extends Error {
  constructor(
    readonly reason: 'network' | 'aborted',
    readonly detail: unknown,
  ) {
    super(reason, { cause: detail });
  }
}
