export interface ServerErrorInfo {
  code?: string;
  message?: string;
}

// The reference lost the error body's field names (§5), so every shape seen in the wild is accepted here, and
// only here: {code,message}, {error:{code,message}}, {errorCode,errorMessage}, {error:"…"}, {message}, text, nothing.
export function parseErrorBody(text: string): ServerErrorInfo {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return looksLikeMarkup(trimmed) ? {} : { message: truncate(trimmed) };
  }
  if (typeof parsed === 'string') return parsed.trim() ? { message: truncate(parsed.trim()) } : {};
  if (!isRecord(parsed)) return {};
  const nested = isRecord(parsed.error) ? parsed.error : undefined;
  const code = scalar(nested?.code) ?? scalar(parsed.code) ?? scalar(parsed.errorCode);
  const message =
    nonEmptyString(nested?.message) ??
    nonEmptyString(parsed.message) ??
    nonEmptyString(parsed.errorMessage) ??
    nonEmptyString(parsed.error) ??
    nonEmptyString(parsed.error_description);
  return { ...(code !== undefined && { code }), ...(message !== undefined && { message: truncate(message) }) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function scalar(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return nonEmptyString(value);
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

// An HTML error page from a proxy says nothing useful and would flood a UI message.
function looksLikeMarkup(text: string): boolean {
  return /^<(!doctype|html|\?xml)/i.test(text);
}

function truncate(message: string): string {
  return message.length > 500 ? `${message.slice(0, 500)}…` : message;
}
