import { type AxigenErrorOperation, invalidInput } from './axigen-error';
import { hasLoneSurrogate } from './find-ill-formed-string';

// Argument checks shared by the client methods; each failure names the argument.

/** A mail, folder or signature id: a non-empty string (ids look base64 and are URL-encoded into paths). */
export function checkStringId(value: unknown, operation: AxigenErrorOperation, field: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw invalidInput(operation, field, 'must be a non-empty string');
  if (hasLoneSurrogate(value)) throw invalidInput(operation, field, 'contains a lone UTF-16 surrogate');
  return value;
}

/** A queue or attachment id: a JSON number, non-negative integer (0 is a valid id). */
export function checkNumericId(value: unknown, operation: AxigenErrorOperation, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw invalidInput(operation, field, `must be a non-negative integer, got ${describeValue(value)}`);
  }
  return value;
}

export function checkOptionalString(
  value: unknown,
  operation: AxigenErrorOperation,
  field: string,
): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalidInput(operation, field, `must be a string, got ${describeValue(value)}`);
  return value;
}

export function checkOptionalBoolean(
  value: unknown,
  operation: AxigenErrorOperation,
  field: string,
): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean')
    throw invalidInput(operation, field, `must be a boolean, got ${describeValue(value)}`);
  return value;
}

export function checkObject(value: unknown, operation: AxigenErrorOperation, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidInput(operation, field, `must be an object, got ${describeValue(value)}`);
  }
  return value as Record<string, unknown>;
}

// Unix seconds. A value this large is almost certainly Date.now() milliseconds passed by mistake.
const MAX_PLAUSIBLE_SECONDS = 1e11;

export function checkDeliveryTime(value: unknown, operation: AxigenErrorOperation): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    throw invalidInput(
      operation,
      'deliveryTime',
      `must be a positive integer of unix seconds, got ${describeValue(value)}`,
    );
  }
  if (value >= MAX_PLAUSIBLE_SECONDS) {
    throw invalidInput(operation, 'deliveryTime', `must be unix seconds, not milliseconds (got ${value})`);
  }
  return value;
}

export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : String(value);
}
