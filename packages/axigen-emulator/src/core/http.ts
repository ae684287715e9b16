// Reading request bodies under the size limits, and the few response shapes the handlers use.
import { ApiError, badRequest } from './errors';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads the whole body, answering 413 past `limit` bytes (checked on Content-Length first, then on the bytes). */
export async function readBytes(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > limit) throw tooLarge(limit);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > limit) throw tooLarge(limit);
  return bytes;
}

export function tooLarge(limit: number, what = 'Request body'): ApiError {
  return new ApiError(413, 'PAYLOAD_TOO_LARGE', `${what} is larger than the limit of ${limit} bytes`);
}

/** Decodes strict UTF-8 (the server rejects invalid input, reference §1). */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw badRequest('INVALID_UTF8', 'Request body is not valid UTF-8');
  }
}

/** Reads a JSON object body. An empty body reads as `{}`. */
export async function readJsonObject(request: Request, limit: number): Promise<Record<string, unknown>> {
  const text = decodeUtf8(await readBytes(request, limit));
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badRequest('INVALID_JSON', 'Request body is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badRequest('INVALID_JSON', 'Request body must be a JSON object');
  }
  if (hasLoneSurrogate(value)) {
    throw badRequest('INVALID_UTF8', 'Request body has a string with an unpaired surrogate (\\uD800–\\uDFFF escape)');
  }
  return value as Record<string, unknown>;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** JSON `\\uD800` escapes decode to strings that have no UTF-8 form; the server takes UTF-8 only. */
function hasLoneSurrogate(value: unknown): boolean {
  if (typeof value === 'string') return LONE_SURROGATE.test(value);
  if (Array.isArray(value)) return value.some(hasLoneSurrogate);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).some(([k, v]) => LONE_SURROGATE.test(k) || hasLoneSurrogate(v));
  }
  return false;
}

/** A 200 with an empty body ("response will be empty"; reference §5 leaves 200 vs 204 open). */
export function emptyResponse(headers?: HeadersInit): Response {
  return new Response(null, { status: 200, headers });
}

export function json(value: unknown, init?: ResponseInit): Response {
  return Response.json(value, init);
}
