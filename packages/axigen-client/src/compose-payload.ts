import type {
  ComposeInput,
  CreateDraftInput,
  OperationName,
  ReplaceDraftInput,
  ScheduleSendInput,
  SendInput,
} from './client-types';
import type {
  ComposePayload,
  CreateMailBody,
  Importance,
  ReplaceDraftBody,
  ScheduleSendBody,
  SendBody,
  TempAttachmentRef,
} from './wire';
import { invalidInput } from './axigen-error';
import {
  checkDeliveryTime,
  checkNumericId,
  checkObject,
  checkOptionalBoolean,
  checkOptionalString,
  checkStringId,
} from './check-input';
import { formatAddress, formatAddressList } from './format-address';
import { hasControlCharacter } from './has-control-character';

// Structured compose input → wire body. Only known fields are copied (the server rejects unexpected ones, §5),
// undefined fields are omitted, and every value is checked so bad input fails before anything is sent.

const IMPORTANCE: readonly Importance[] = ['normal', 'low', 'high'];

export function toCreateMailBody(input: CreateDraftInput, operation: OperationName): CreateMailBody {
  const fields = checkObject(input, operation, 'input');
  const folderId = fields.folderId === undefined ? undefined : checkStringId(fields.folderId, operation, 'folderId');
  return omitUndefined({ ...toReplaceDraftBody(input, operation), folderId });
}

/** Replace Draft takes the Create fields without `folderId`. */
export function toReplaceDraftBody(input: ReplaceDraftInput, operation: OperationName): ReplaceDraftBody {
  const fields = checkObject(input, operation, 'input');
  return omitUndefined({
    ...toComposePayload(input, operation),
    isUnread: checkOptionalBoolean(fields.isUnread, operation, 'isUnread'),
    isFlagged: checkOptionalBoolean(fields.isFlagged, operation, 'isFlagged'),
  });
}

export function toSendBody(input: SendInput, operation: OperationName): SendBody {
  const fields = checkObject(input, operation, 'input');
  return omitUndefined({
    ...toComposePayload(input, operation),
    requestReadReceipt: checkOptionalBoolean(fields.requestReadReceipt, operation, 'requestReadReceipt'),
    requestDeliveryReceipt: checkOptionalBoolean(fields.requestDeliveryReceipt, operation, 'requestDeliveryReceipt'),
  });
}

export function toScheduleSendBody(input: ScheduleSendInput, operation: OperationName): ScheduleSendBody {
  const fields = checkObject(input, operation, 'input');
  return { ...toSendBody(input, operation), deliveryTime: checkDeliveryTime(fields.deliveryTime, operation) };
}

function toComposePayload(input: ComposeInput, operation: OperationName): ComposePayload {
  const fields = checkObject(input, operation, 'input');
  const subject = checkOptionalString(fields.subject, operation, 'subject');
  // CR/LF in a subject would be header injection; a UI should have folded them to spaces already.
  if (subject !== undefined && /[\r\n\0]/.test(subject)) {
    throw invalidInput(operation, 'subject', 'must not contain line breaks');
  }
  const importance = checkOptionalString(fields.importance, operation, 'importance');
  if (importance !== undefined && !IMPORTANCE.includes(importance as Importance)) {
    throw invalidInput(
      operation,
      'importance',
      `must be one of ${IMPORTANCE.join(', ')}, got ${JSON.stringify(importance)}`,
    );
  }
  return omitUndefined({
    from: input.from === undefined ? undefined : formatAddress(input.from, { operation, field: 'from' }),
    to: addressList(input.to, operation, 'to'),
    cc: addressList(input.cc, operation, 'cc'),
    bcc: addressList(input.bcc, operation, 'bcc'),
    replyTo: addressList(input.replyTo, operation, 'replyTo'),
    ...refwFields(fields.refw, operation),
    subject,
    importance: importance as Importance | undefined,
    bodyText: checkOptionalString(fields.bodyText, operation, 'bodyText'),
    bodyHtml: checkOptionalString(fields.bodyHtml, operation, 'bodyHtml'),
    temporaryAttachments: tempAttachmentRefs(fields.temporaryAttachments, operation),
  });
}

// An empty list is left out rather than sent as '' (no field is required; see README "Recipients").
function addressList(recipients: ComposeInput['to'], operation: OperationName, field: string): string | undefined {
  if (recipients === undefined) return undefined;
  const header = formatAddressList(recipients, { operation, field });
  return header === '' ? undefined : header;
}

function refwFields(value: unknown, operation: OperationName): Pick<ComposePayload, 'refwType' | 'refwMailId'> {
  if (value === undefined) return {};
  const refw = checkObject(value, operation, 'refw');
  if (refw.type !== 're' && refw.type !== 'fw') {
    throw invalidInput(operation, 'refw.type', `must be "re" or "fw", got ${JSON.stringify(refw.type)}`);
  }
  // Both or neither: refwMailId is required whenever refwType is set.
  return { refwType: refw.type, refwMailId: checkStringId(refw.mailId, operation, 'refw.mailId') };
}

function tempAttachmentRefs(value: unknown, operation: OperationName): TempAttachmentRef[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw invalidInput(operation, 'temporaryAttachments', 'must be an array');
  return value.map((item: unknown, index) => {
    const field = `temporaryAttachments[${index}]`;
    const ref = checkObject(item, operation, field);
    const contentId = checkOptionalString(ref.contentId, operation, `${field}.contentId`);
    // The cid ends up in a Content-ID header as <cid>.
    if (contentId !== undefined && (/[\s<>]/.test(contentId) || hasControlCharacter(contentId))) {
      throw invalidInput(
        operation,
        `${field}.contentId`,
        'must not contain spaces, angle brackets or control characters',
      );
    }
    return omitUndefined({
      id: checkNumericId(ref.id, operation, `${field}.id`),
      contentId,
      isInline: checkOptionalBoolean(ref.isInline, operation, `${field}.isInline`),
    });
  });
}

function omitUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}
