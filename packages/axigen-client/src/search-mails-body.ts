import type { SearchCriterion, SearchMailsBody } from './wire';
import { invalidInput } from './axigen-error';
import { checkObject, checkOptionalBoolean, checkStringId, describeValue } from './check-input';

/** The `POST /mails/search` body, checked field by field (both arrays are required and must not be empty). */
export function toSearchMailsBody(input: unknown): SearchMailsBody {
  const operation = 'searchMails';
  const fields = checkObject(input, operation, 'input');
  const folderIds = fields.folderIds;
  if (!Array.isArray(folderIds) || folderIds.length === 0) {
    throw invalidInput(
      operation,
      'folderIds',
      `must be a non-empty array of folder ids, got ${describeValue(folderIds)}`,
    );
  }
  const query = fields.query;
  if (!Array.isArray(query) || query.length === 0) {
    throw invalidInput(operation, 'query', `must be a non-empty array of criteria, got ${describeValue(query)}`);
  }
  const recursive = checkOptionalBoolean(fields.recursive, operation, 'recursive');
  return {
    folderIds: folderIds.map((id: unknown, i) => checkStringId(id, operation, `folderIds[${i}]`)),
    query: query.map((c: unknown, i) => toCriterion(c, `query[${i}]`)),
    ...(recursive === undefined ? {} : { recursive }),
  };
}

function toCriterion(value: unknown, at: string): SearchCriterion {
  const operation = 'searchMails';
  const c = checkObject(value, operation, at);
  if (typeof c.field !== 'string' || c.field.trim() === '') {
    throw invalidInput(operation, `${at}.field`, `must be a non-empty string, got ${describeValue(c.field)}`);
  }
  const criterion: SearchCriterion = { field: c.field };
  if (c.value !== undefined) {
    if (typeof c.value !== 'string' && typeof c.value !== 'number') {
      throw invalidInput(operation, `${at}.value`, `must be a string or a number, got ${describeValue(c.value)}`);
    }
    criterion.value = c.value;
  }
  if (c.negate !== undefined) {
    if (c.negate !== true && c.negate !== false && c.negate !== 'yes' && c.negate !== 'no') {
      throw invalidInput(operation, `${at}.negate`, `must be a boolean, "yes" or "no", got ${describeValue(c.negate)}`);
    }
    criterion.negate = c.negate;
  }
  return criterion;
}
