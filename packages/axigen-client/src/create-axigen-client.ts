import type {
  AxigenClient,
  AxigenClientOptions,
  ClientAuth,
  Credentials,
  MailBody,
  OperationName,
  RequestOptions,
} from './client-types';
import type {
  AccountInfo,
  AccountSettings,
  AliasesResponse,
  AttachmentInstance,
  ContactsAutocompleteResponse,
  FoldersResponse,
  Mail,
  MailListResponse,
  Signature,
  SignaturesResponse,
  TemporaryAttachment,
  UndoSendBody,
} from './wire';
import { AxigenError, type AxigenErrorOperation, invalidInput } from './axigen-error';
import { encodeBase64Utf8, decodeBase64Utf8 } from './base64-utf8';
import {
  checkDeliveryTime,
  checkNumericId,
  checkObject,
  checkOptionalBoolean,
  checkStringId,
  describeValue,
} from './check-input';
import { toCreateMailBody, toReplaceDraftBody, toScheduleSendBody, toSendBody } from './compose-payload';
import { hasLoneSurrogate } from './find-ill-formed-string';
import { hasControlCharacter } from './has-control-character';
import {
  checkNumericItemId,
  readItems,
  readMail,
  readMailBody,
  readMailId,
  readObject,
  readSendResult,
  readSearchResult,
  readSessionId,
  readUndoSend,
  readVersion,
} from './read-response';
import { toSearchMailsBody } from './search-mails-body';
import { type Expect, invalidResponse, type RequestSpec, Transport } from './transport';
import { toUpdateMailBody } from './update-mail-body';

/** Multipart field name for uploads. The reference does not document it (§3); one constant, easy to change. */
export const UPLOAD_FIELD_NAME = 'file';
/** `limit` range of contacts autocomplete (§4). */
export const AUTOCOMPLETE_LIMIT = { min: 1, max: 50 } as const;

const V1 = '/api/v1';

/** A client for the compose part of the Axigen Mailbox REST API. See the package README. */
export function createAxigenClient(options: AxigenClientOptions): AxigenClient {
  if (typeof options !== 'object' || options === null || typeof options.baseUrl !== 'string') {
    throw new TypeError('createAxigenClient: options.baseUrl must be a string ("" for same-origin)');
  }
  if (options.baseUrl !== '' && !/^(https?:\/\/[^/]|\/)/i.test(options.baseUrl)) {
    throw new TypeError(
      `createAxigenClient: options.baseUrl must be "", an absolute http(s) URL or a path starting with "/", got ${JSON.stringify(options.baseUrl)}`,
    );
  }
  const transport = new Transport(options);
  // One call shape for every endpoint: operation, method, path, the caller's options, then what differs.
  const call = <E extends Expect = 'json'>(
    operation: OperationName,
    method: RequestSpec<E>['method'],
    path: string,
    opts: RequestOptions | undefined,
    extra: Partial<Omit<RequestSpec<E>, 'operation' | 'method' | 'path' | 'signal' | 'timeoutMs'>> = {},
  ) =>
    transport.request<E>({
      operation,
      method,
      path,
      signal: opts?.signal,
      timeoutMs: opts?.timeoutMs,
      expect: 'json' as E,
      ...extra,
    });

  // The credentials of the last successful login, in memory only, for `auth.relogin()`.
  let remembered: Credentials | undefined;
  const { keeper } = transport;
  const auth: ClientAuth = {
    get state() {
      return keeper.state;
    },
    subscribe: (listener) => keeper.subscribe(listener),
    get canRelogin() {
      return keeper.hook !== undefined;
    },
    setRelogin: (hook) => keeper.setHook(hook),
    async relogin(opts) {
      if (remembered === undefined) {
        throw new AxigenError({
          kind: 'invalid-input',
          operation: 'login',
          message: 'login: no earlier login to repeat',
        });
      }
      await client.login(remembered, opts);
    },
    async resume(session) {
      const fields = checkObject(session, 'login', 'session');
      const sessid = checkStringId(fields.sessid, 'login', 'sessid');
      const key = `${options.baseUrl}|${checkLoginText(fields.username, 'username').toLowerCase()}`;
      await keeper.signIn(key, async () => ({ mode: 'cookie', sessid }));
    },
  };

  const client: AxigenClient = {
    get sessionId() {
      return transport.session?.sessid;
    },
    auth,

    async getVersion(opts) {
      return readVersion(await call('getVersion', 'GET', '/api/', opts, { auth: 'none' }), 'getVersion');
    },

    async login(credentials, opts) {
      const operation = 'login';
      const creds = checkObject(credentials, operation, 'credentials') as Credentials;
      if (creds.kind === 'cookie') {
        const json = {
          username: checkLoginText(creds.username, 'username'),
          password: checkLoginText(creds.password, 'password'),
          rememberLogin: checkOptionalBoolean(creds.rememberLogin, operation, 'rememberLogin'),
        };
        // Tabs of one app share the cookie session: the key says which account it is for.
        const key = `${options.baseUrl}|${json.username.toLowerCase()}`;
        const session = await transport.keeper.signIn(key, async () => {
          const body = await call(operation, 'POST', `${V1}/login/cookie`, opts, { json, auth: 'cookie-login' });
          return { mode: 'cookie', sessid: readSessionId(body, operation) };
        });
        remembered = creds;
        return { sessid: session.sessid };
      }
      const authorization = authorizationHeader(creds);
      const session = await transport.keeper.signIn(undefined, async () => {
        const body = await call(operation, 'POST', `${V1}/login`, opts, { auth: { authorization } });
        return { mode: 'header', sessid: readSessionId(body, operation), authorization };
      });
      remembered = creds;
      return { sessid: session.sessid };
    },

    async logout(opts) {
      if (transport.session === undefined) return;
      try {
        await call('logout', 'POST', `${V1}/logout`, opts, { relogin: false, expect: 'empty' });
      } catch (error) {
        // Logout is undocumented (§2c): 404/405 mean "not supported", 401 means the session is gone already.
        const harmless = error instanceof AxigenError && [401, 404, 405].includes(error.status ?? 0);
        if (!harmless) throw error;
      } finally {
        // The user asked to log out: the session is forgotten locally whatever the server said.
        remembered = undefined;
        transport.keeper.signedOut();
      }
    },

    async createDraft(input, opts) {
      const json = toCreateMailBody(input, 'createDraft');
      return readMail(await call('createDraft', 'POST', `${V1}/mails`, opts, { json }), 'createDraft');
    },

    async replaceDraft(mailId, input, opts) {
      const operation = 'replaceDraft';
      const path = `${V1}/drafts/${pathId(mailId, operation)}`;
      const json = toReplaceDraftBody(input, operation);
      // The server may give the replaced draft a new id (IMAP-style append): callers must use this one.
      return readMail(await call(operation, 'PUT', path, opts, { json }), operation);
    },

    async send(input, opts) {
      const json = toSendBody(input, 'send');
      const body = await call('send', 'POST', `${V1}/mails/send`, opts, { json, expect: 'json-or-empty' });
      return readSendResult(body, 'send');
    },

    async sendDraft(mailId, opts) {
      const operation = 'sendDraft';
      const path = `${V1}/drafts/${pathId(mailId, operation)}/send`;
      return readSendResult(await call(operation, 'POST', path, opts, { expect: 'json-or-empty' }), operation);
    },

    async undoSend(args, opts) {
      const operation = 'undoSend';
      const fields = checkObject(args, operation, 'args');
      // A JSON number, as documented; [C-SB] sends a string, which is unverified.
      const json: UndoSendBody = { processingId: checkNumericId(fields.processingId, operation, 'processingId') };
      if (fields.mailId !== undefined) json.mailId = checkStringId(fields.mailId, operation, 'mailId');
      const body = await call(operation, 'POST', `${V1}/mails/send/undo`, opts, { json, expect: 'json-or-empty' });
      return readUndoSend(body, operation);
    },

    async scheduleSend(input, opts) {
      const json = toScheduleSendBody(input, 'scheduleSend');
      return readMailId(
        await call('scheduleSend', 'POST', `${V1}/mails/send/schedule`, opts, { json }),
        'scheduleSend',
      );
    },

    async scheduleSendDraft(mailId, deliveryTime, opts) {
      const operation = 'scheduleSendDraft';
      const path = `${V1}/drafts/${pathId(mailId, operation)}/send/schedule`;
      const json = { deliveryTime: checkDeliveryTime(deliveryTime, operation) };
      return readMailId(await call(operation, 'POST', path, opts, { json }), operation);
    },

    async cancelScheduledSend(mailId, opts) {
      const operation = 'cancelScheduledSend';
      const path = `${V1}/mails/send/schedule/${pathId(mailId, operation)}`;
      return readMailId(await call(operation, 'DELETE', path, opts), operation);
    },

    async uploadTemporaryAttachments(files, opts) {
      const operation = 'uploadTemporaryAttachments';
      const { form, uploadSize } = toUploadForm(files);
      const onProgress = opts?.onProgress;
      const body = await call(operation, 'POST', `${V1}/temporaryAttachments`, opts, {
        form,
        uploadSize,
        ...(onProgress !== undefined && { onProgress }),
      });
      return readItems<TemporaryAttachment>(body, operation, checkNumericItemId(operation));
    },

    async getTemporaryAttachment(attachmentId, opts) {
      const operation = 'getTemporaryAttachment';
      const path = `${V1}/temporaryAttachments/${checkNumericId(attachmentId, operation, 'id')}`;
      return call(operation, 'GET', path, opts, { expect: 'blob' });
    },

    temporaryAttachmentUrl(attachmentId) {
      return transport.url(
        `${V1}/temporaryAttachments/${checkNumericId(attachmentId, 'temporaryAttachmentUrl', 'id')}`,
      );
    },

    async deleteTemporaryAttachment(attachmentId, opts) {
      const operation = 'deleteTemporaryAttachment';
      const path = `${V1}/temporaryAttachments/${checkNumericId(attachmentId, operation, 'id')}`;
      await call(operation, 'DELETE', path, opts, { expect: 'empty' });
    },

    async storeInQueue(mailId, opts) {
      const operation = 'storeInQueue';
      const json = { mailId: checkStringId(mailId, operation, 'mailId') };
      const body = await call(operation, 'POST', `${V1}/temporaryAttachments/store`, opts, { json });
      return readItems<AttachmentInstance>(body, operation, checkNumericItemId(operation));
    },

    async updateMail(mailId, input, opts) {
      const operation = 'updateMail';
      const path = `${V1}/mails/${pathId(mailId, operation)}`;
      const json = toUpdateMailBody(input);
      return readMail(await call(operation, 'PATCH', path, opts, { json }), operation);
    },

    async searchMails(input, opts) {
      const operation = 'searchMails';
      const json = toSearchMailsBody(input);
      return readSearchResult(await call(operation, 'POST', `${V1}/mails/search`, opts, { json }), operation);
    },

    async deleteMail(mailId, opts) {
      const operation = 'deleteMail';
      // Empty answer ([DOC-MAILS]); the mail goes to Trash or away for good, per the account's deleteToTrash.
      await call(operation, 'DELETE', `${V1}/mails/${pathId(mailId, operation)}`, opts, { expect: 'empty' });
    },

    async getMail(mailId, opts) {
      const path = `${V1}/mails/${pathId(mailId, 'getMail')}`;
      return readMail(await call('getMail', 'GET', path, opts), 'getMail');
    },

    async getBody(mailId, type, opts) {
      const operation = 'getBody';
      const path = `${V1}/mails/${pathId(mailId, operation)}/body`;
      if (type !== 'html' && type !== 'text') {
        throw invalidInput(operation, 'type', `must be "html" or "text", got ${describeValue(type)}`);
      }
      const showExternalImages = checkOptionalBoolean(opts?.showExternalImages, operation, 'showExternalImages');
      const query = {
        type,
        showExternalImages: showExternalImages === undefined ? undefined : String(showExternalImages),
      };
      const { data, ...meta } = readMailBody(await call(operation, 'GET', path, opts, { query }), operation);
      // Over 2 MB the server truncates `data`; /body/full returns the whole body raw (not base64).
      const content = meta.isTruncated
        ? await call(operation, 'GET', `${path}/full`, opts, { expect: 'text' })
        : decodeBody(data, operation);
      return { ...meta, content } satisfies MailBody;
    },

    async listAttachments(mailId, opts) {
      const operation = 'listAttachments';
      const body = await call(operation, 'GET', `${V1}/mails/${pathId(mailId, operation)}/attachments`, opts);
      return readItems<AttachmentInstance>(body, operation, checkNumericItemId(operation));
    },

    attachmentUrl(mailId, attachmentId, opts) {
      const operation = 'attachmentUrl';
      const attachment = checkNumericId(attachmentId, operation, 'attachmentId');
      const suffix = opts?.download ? '/download' : '';
      return transport.url(`${V1}/mails/${pathId(mailId, operation)}/attachments/${attachment}${suffix}`);
    },

    async listFolders(opts) {
      const body = await call('listFolders', 'GET', `${V1}/folders/`, opts, { query: { type: 'mails' } });
      return readItems(body, 'listFolders') as unknown as FoldersResponse;
    },

    async listMails(folderId, opts) {
      const operation = 'listMails';
      const folder = checkStringId(folderId, operation, 'folderId');
      const int = (value: number | undefined, name: string) => {
        if (value === undefined) return undefined;
        if (!Number.isInteger(value) || value < 0) {
          throw invalidInput(operation, name, `must be an integer ≥ 0, got ${describeValue(value)}`);
        }
        return String(value);
      };
      const dir = opts?.dir;
      if (dir !== undefined && dir !== 'asc' && dir !== 'desc') {
        throw invalidInput(operation, 'dir', `must be "asc" or "desc", got ${describeValue(dir)}`);
      }
      const query = { folderId: folder, dir, start: int(opts?.start, 'start'), limit: int(opts?.limit, 'limit') };
      const body = await call(operation, 'GET', `${V1}/mails`, opts, { query });
      const list = readItems<Mail>(body, operation, (item) => readMail(item, operation));
      return list as unknown as MailListResponse;
    },

    async getAccountInfo(opts) {
      return readObject(
        await call('getAccountInfo', 'GET', `${V1}/account/info`, opts),
        'getAccountInfo',
      ) as AccountInfo;
    },

    async listAliases(opts) {
      return readItems(
        await call('listAliases', 'GET', `${V1}/account/aliases`, opts),
        'listAliases',
      ) as AliasesResponse;
    },

    async listSignatures(opts) {
      const body = await call('listSignatures', 'GET', `${V1}/account/signatures`, opts);
      return readItems(body, 'listSignatures') as SignaturesResponse;
    },

    async getSignature(signatureId, opts) {
      const operation = 'getSignature';
      const path = `${V1}/account/signatures/${pathId(signatureId, operation, 'id')}`;
      const body = readObject(await call(operation, 'GET', path, opts), operation);
      if (typeof body.body !== 'string') throw invalidResponse(operation, '"body" is missing or not a string');
      return body as unknown as Signature;
    },

    async getSettings(opts) {
      return readObject(
        await call('getSettings', 'GET', `${V1}/account/settings`, opts),
        'getSettings',
      ) as AccountSettings;
    },

    async autocompleteContacts(query, opts) {
      const operation = 'autocompleteContacts';
      if (typeof query !== 'string')
        throw invalidInput(operation, 'query', `must be a string, got ${describeValue(query)}`);
      const limit = clampLimit(opts?.limit);
      const body = await call(operation, 'GET', `${V1}/contacts/autocomplete`, opts, { query: { query, limit } });
      return readItems(body, operation) as unknown as ContactsAutocompleteResponse;
    },
  };
  return client;
}

/** A string id as a path segment: checked, then URL-encoded (ids look base64 and may hold `/`, `+`, `=`). */
function pathId(value: string, operation: AxigenErrorOperation, field = 'mailId'): string {
  return encodeURIComponent(checkStringId(value, operation, field));
}

function toUploadForm(files: readonly (File | Blob)[]): { form: FormData; uploadSize: number } {
  const operation = 'uploadTemporaryAttachments';
  if (!Array.isArray(files) || files.length === 0) {
    throw invalidInput(operation, 'files', 'must be a non-empty array of File or Blob');
  }
  const form = new FormData();
  let uploadSize = 0;
  files.forEach((file: unknown, index) => {
    if (!(file instanceof Blob)) {
      throw invalidInput(operation, `files[${index}]`, `must be a File or Blob, got ${describeValue(file)}`);
    }
    // A bare Blob would be named "blob" by FormData; give it a neutral name instead. (File.name is a USVString:
    // lone surrogates were already replaced by U+FFFD when the File was made.)
    const name = typeof File !== 'undefined' && file instanceof File && file.name !== '' ? file.name : 'attachment';
    form.append(UPLOAD_FIELD_NAME, file, name);
    uploadSize += file.size;
  });
  return { form, uploadSize };
}

function checkLoginText(value: unknown, field: 'username' | 'password'): string {
  if (typeof value !== 'string' || value === '') throw invalidInput('login', field, 'must be a non-empty string');
  if (hasLoneSurrogate(value)) throw invalidInput('login', field, 'contains a lone UTF-16 surrogate');
  return value;
}

function authorizationHeader(creds: Credentials): string {
  if (creds.kind === 'basic') {
    const username = checkLoginText(creds.username, 'username');
    const password = checkLoginText(creds.password, 'password');
    // RFC 7617: the user-id cannot contain a colon; the password can.
    if (username.includes(':')) throw invalidInput('login', 'username', 'must not contain ":" (Basic authentication)');
    return `Basic ${encodeBase64Utf8(`${username}:${password}`)}`;
  }
  if (creds.kind === 'bearer') {
    const { token } = creds as { token: unknown };
    if (
      typeof token !== 'string' ||
      token === '' ||
      /\s/.test(token) ||
      hasControlCharacter(token) ||
      hasLoneSurrogate(token)
    ) {
      throw invalidInput('login', 'token', 'must be a non-empty string without spaces or control characters');
    }
    return `Bearer ${token}`;
  }
  throw invalidInput(
    'login',
    'credentials.kind',
    `must be "cookie", "basic" or "bearer", got ${describeValue((creds as { kind: unknown }).kind)}`,
  );
}

function clampLimit(limit: unknown): string | undefined {
  if (limit === undefined) return undefined;
  if (typeof limit !== 'number' || !Number.isFinite(limit)) {
    throw invalidInput('autocompleteContacts', 'limit', `must be a number from 1 to 50, got ${describeValue(limit)}`);
  }
  return String(Math.min(AUTOCOMPLETE_LIMIT.max, Math.max(AUTOCOMPLETE_LIMIT.min, Math.trunc(limit))));
}

function decodeBody(data: string, operation: OperationName): string {
  try {
    return decodeBase64Utf8(data);
  } catch (cause) {
    throw invalidResponse(operation, '"data" is not valid base64', cause);
  }
}
