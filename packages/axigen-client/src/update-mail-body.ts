import type { UpdateMailBody } from './wire';
import { invalidInput } from './axigen-error';
import { checkObject, checkOptionalBoolean } from './check-input';

/** The `PATCH /mails/{mailId}` body: only the flags given; at least one, so the call is never a silent no-op. */
export function toUpdateMailBody(input: unknown): UpdateMailBody {
  const operation = 'updateMail';
  const fields = checkObject(input, operation, 'input');
  const isUnread = checkOptionalBoolean(fields.isUnread, operation, 'isUnread');
  const isFlagged = checkOptionalBoolean(fields.isFlagged, operation, 'isFlagged');
  if (isUnread === undefined && isFlagged === undefined) {
    throw invalidInput(operation, 'input', 'must set isUnread or isFlagged');
  }
  return {
    ...(isUnread === undefined ? {} : { isUnread }),
    ...(isFlagged === undefined ? {} : { isFlagged }),
  };
}
