// The one place that shapes error responses. The real server's error-body field names are unknown
// (reference §5, §9.1), so the shape lives here alone and can be changed in one edit.

/** Every error code the emulator answers with. See docs/core.md for when each is used. */
export type ErrorCode =
  | 'INVALID_JSON'
  | 'INVALID_UTF8'
  | 'UNKNOWN_FIELD'
  | 'INVALID_FIELD'
  | 'MISSING_FIELD'
  | 'INVALID_REFW'
  | 'INVALID_DELIVERY_TIME'
  | 'INVALID_ADDRESS'
  | 'NO_RECIPIENTS'
  | 'FROM_NOT_ALLOWED'
  | 'TOO_MANY_ATTACHMENTS'
  | 'NO_FILES'
  | 'UNDO_WINDOW_EXPIRED'
  | 'NOT_A_DRAFT'
  | 'NOT_SCHEDULED'
  | 'UNAUTHORIZED'
  | 'SESSION_EXPIRED'
  | 'LOGIN_FAILED'
  | 'NOT_FOUND'
  | 'PROCESSING_ID_NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'PAYLOAD_TOO_LARGE'
  | 'INJECTED_FAULT'
  | 'INTERNAL_ERROR';

/** The error body: `{ code, message }`. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
}

/** Thrown by handlers; turned into a response by `errorResponse`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function errorBody(code: ErrorCode, message: string): ErrorBody {
  return { code, message };
}

export function errorResponse(status: number, code: ErrorCode, message: string): Response {
  return Response.json(errorBody(code, message), { status });
}

export const badRequest = (code: ErrorCode, message: string) => new ApiError(400, code, message);
export const notFound = (what: string) => new ApiError(404, 'NOT_FOUND', `${what} not found`);
