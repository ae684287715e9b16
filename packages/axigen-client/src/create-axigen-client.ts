import type {
  AxigenClient,
  AxigenClientOptions,
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
  Signature,
  SignaturesResponse,
  TemporaryAttachment,
  UndoSendBody,
} from './wire';
import { AxigenError, invalidInput } from './axigen-error';
import { encodeBase64Utf8, decodeBase64Utf8 } from './base64-utf8';
import { checkNumericId, checkObject, checkOptionalBoolean, checkStringId, describe } from './check-input';
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
  readSessionId,
  readUndoSend,
  readVersion,
} from './read-response';
import { invalidResponse, Transport } from './transport';

/** Multipart field name for uploads. The reference does not document it (§3); one constant, easy to change. */
export const UPLOAD_FIELD_NAME = 'file';
/** `limit` range of contacts autocomplete (§4). */
export const AUTOCOMPLETE_LIMIT = { min: 1, max: 50 } as const;

const V1 = '/api/v1';
const id = encodeURIComponent;

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
  const signalOf = (opts: RequestOptions | undefined) => opts?.signal;

  const client: AxigenClient = {
    get sessionId() {
      return transport.session?.sessid;
    },

    async getVersion(opts) {
      const operation = 'getVersion';
      const body = await transport.request({
        operation,
        method: 'GET',
        path: '/api/',
        auth: 'none',
        signal: signalOf(opts),
        expect: 'json',
      });
      return readVersion(body, operation);
    },

    async login(credentials, opts) {
      const operation = 'login';
      const creds = checkObject(credentials, operation, 'credentials') as Credentials;
      if (creds.kind === 'cookie') {
        const json = {
          username: checkLoginText(creds.username, 'username'),
          password: checkLoginText(creds.password, 'password'),
          ...(creds.rememberLogin !== undefined && {
            rememberLogin: checkOptionalBoolean(creds.rememberLogin, operation, 'rememberLogin'),
          }),
        };
        const body = await transport.request({
          operation,
          method: 'POST',
          path: `${V1}/login/cookie`,
          json,
          auth: 'cookie-login',
          signal: signalOf(opts),
          expect: 'json',
        });
        const sessid = readSessionId(body, operation);
        transport.setSession({ mode: 'cookie', sessid });
        return { sessid };
      }
      const authorization = authorizationHeader(creds);
      const body = await transport.request({
        operation,
        method: 'POST',
        path: `${V1}/login`,
        auth: { authorization },
        signal: signalOf(opts),
        expect: 'json',
      });
      const sessid = readSessionId(body, operation);
      transport.setSession({ mode: 'header', sessid, authorization });
      return { sessid };
    },

    async logout(opts) {
      if (transport.session === undefined) return;
      try {
        await transport.request({
          operation: 'logout',
          method: 'POST',
          path: `${V1}/logout`,
          auth: 'session',
          relogin: false,
          signal: signalOf(opts),
          expect: 'empty',
        });
      } catch (error) {
        // Logout is undocumented (§2c): 404/405 mean "not supported", 401 means the session is gone already.
        const harmless = error instanceof AxigenError && [401, 404, 405].includes(error.status ?? 0);
        if (!harmless) throw error;
      } finally {
        // The user asked to log out: the session is forgotten locally whatever the server said.
        transport.setSession(undefined);
      }
    },

    async createDraft(input, opts) {
      const operation = 'createDraft';
      const json = toCreateMailBody(input, operation);
      const body = await transport.request({
        operation,
        method: 'POST',
        path: `${V1}/mails`,
        json,
        signal: signalOf(opts),
        expect: 'json',
      });
      return readMail(body, operation);
    },

    async replaceDraft(mailId, input, opts) {
      const operation = 'replaceDraft';
      const path = `${V1}/drafts/${id(checkStringId(mailId, operation, 'mailId'))}`;
      const json = toReplaceDraftBody(input, operation);
      const body = await transport.request({
        operation,
        method: 'PUT',
        path,
        json,
        signal: signalOf(opts),
        expect: 'json',
      });
      // The server may give the replaced draft a new id (IMAP-style append): callers must use this one.
      return readMail(body, operation);
    },

    async send(input, opts) {
      const operation = 'send';
      const json = toSendBody(input, operation);
      const body = await transport.request({
        operation,
        method: 'POST',
        path: `${V1}/mails/send`,
        json,
        signal: signalOf(opts),
        expect: 'json-or-empty',
      });
      return readSendResult(body, operation);
    },

    async sendDraft(mailId, opts) {
      const operation = 'sendDraft';
      const path = `${V1}/drafts/${id(checkStringId(mailId, operation, 'mailId'))}/send`;
      const body = await transport.request({
        operation,
        method: 'POST',
        path,
        signal: signalOf(opts),
        expect: 'json-or-empty',
      });
      return readSendResult(body, operation);
    },

    async undoSend(args, opts) {
      const operation = 'undoSend';
      const fields = checkObject(args, operation, 'args');
      const json: UndoSendBody = { processingId: checkNumericId(fields.processingId, operation, 'processingId') };
      if (fields.mailId !== undefined) json.mailId = checkStringId(fields.mailId, operation, 'mailId');
      const body = await transport.request({
        operation,
        method: 'POST',
        path: `${V1}/mails/send/undo`,
        json,
        signal: signalOf(opts),
        expect: 'json-or-empty',
      });
      return readUndoSend(body, operation);
    },

    async scheduleSend(input, opts) {
      const operation = 'scheduleSend';
      const json = toScheduleSendBody(input, operation);
      const body = await transport.request({
        operation,
        method: 'POST',
        path: `${V1}/mails/send/schedule`,
        json,
        signal: signalOf(opts),
        expect: 'json',
      });
      return readMailId(body, operation);
    },

    async scheduleSendDraft(mailId, deliveryTime, opts) {
      const operation = 'scheduleSendDraft';
      const path = `${V1}/drafts/${id(checkStringId(mailId, operation, 'mailId'))}/send/schedule`;
      const { deliveryTime: checked } = toScheduleSendBody({ deliveryTime }, operation);
      const json = { deliveryTime: checked };
      const body = await transport.request({
        operation,
        method: 'POST',
        path,
        json,
        signal: signalOf(opts),
        expect: 'json',
      });
      return readMailId(body, operation);
    },

    async cancelScheduledSend(mailId, opts) {
      const operation = 'cancelScheduledSend';
      const path = `${V1}/mails/send/schedule/${id(checkStringId(mailId, operation, 'mailId'))}`;
      const body = await transport.request({
        operation,
        method: 'DELETE',
        path,
        signal: signalOf(opts),
        expect: 'json',
      });
      return readMailId(body, operation);
    },

    async uploadTemporaryAttachments(files, opts) {
      const operation = 'uploadTemporaryAttachments';
      if (!Array.isArray(files) || files.length === 0) {
        throw invalidInput(operation, 'files', 'must be a non-empty array of File or Blob');
      }
      const form = new FormData();
      let uploadSize = 0;
      files.forEach((file: unknown, index) => {
        if (!(file instanceof Blob))
          throw invalidInput(operation, `files[${index}]`, `must be a File or Blob, got ${describe(file)}`);
        const name = file instanceof File && file.name !== '' ? file.name : 'attachment';
        if (hasLoneSurrogate(name))
          throw invalidInput(operation, `files[${index}].name`, 'contains a lone UTF-16 surrogate');
        form.append(UPLOAD_FIELD_NAME, file, name);
        uploadSize += file.size;
      });
      const body = await transport.request({
        operation,
        method: 'POST',
        path: `${V1}/temporaryAttachments`,
        form,
        uploadSize,
        ...(opts?.onProgress !== undefined && { onProgress: opts.onProgress }),
        signal: signalOf(opts),
        expect: 'json',
      });
      return readItems<TemporaryAttachment>(body, operation, checkNumericItemId(operation));
    },

    async getTemporaryAttachment(attachmentId, opts) {
      const operation = 'getTemporaryAttachment';
      const path = `${V1}/temporaryAttachments/${checkNumericId(attachmentId, operation, 'id')}`;
      return transport.request({ operation, method: 'GET', path, signal: signalOf(opts), expect: 'blob' });
    },

    temporaryAttachmentUrl(attachmentId) {
      return transport.url(
        `${V1}/temporaryAttachments/${checkNumericId(attachmentId, 'temporaryAttachmentUrl', 'id')}`,
      );
    },

    async deleteTemporaryAttachment(attachmentId, opts) {
      const operation = 'deleteTemporaryAttachment';
      const path = `${V1}/temporaryAttachments/${checkNumericId(attachmentId, operation, 'id')}`;
      await transport.request({ operation, method: 'DELETE', path, signal: signalOf(opts), expect: 'empty' });
    },

    async storeInQueue(mailId, opts) {
      const operation = 'storeInQueue';
      const json = { mailId: checkStringId(mailId, operation, 'mailId') };
      const body = await transport.request({
        operation,
        method: 'POST',
        path: `${V1}/temporaryAttachments/store`,
        json,
        signal: signalOf(opts),
        expect: 'json',
      });
      return readItems<AttachmentInstance>(body, operation, checkNumericItemId(operation));
    },

    async getMail(mailId, opts) {
      const operation = 'getMail';
      const path = `${V1}/mails/${id(checkStringId(mailId, operation, 'mailId'))}`;
      return readMail(
        await transport.request({ operation, method: 'GET', path, signal: signalOf(opts), expect: 'json' }),
        operation,
      );
    },

    async getBody(mailId, type, opts) {
      const operation = 'getBody';
      const path = `${V1}/mails/${id(checkStringId(mailId, operation, 'mailId'))}/body`;
      if (type !== 'html' && type !== 'text') {
        throw invalidInput(operation, 'type', `must be "html" or "text", got ${describe(type)}`);
      }
      const showExternalImages = checkOptionalBoolean(opts?.showExternalImages, operation, 'showExternalImages');
      const query = {
        type,
        showExternalImages: showExternalImages === undefined ? undefined : String(showExternalImages),
      };
      const signal = signalOf(opts);
      const response = readMailBody(
        await transport.request({ operation, method: 'GET', path, query, signal, expect: 'json' }),
        operation,
      );
      const { data, ...meta } = response;
      // Over 2 MB the server truncates `data`; /body/full returns the whole body raw (not base64).
      const content = meta.isTruncated
        ? await transport.request({ operation, method: 'GET', path: `${path}/full`, signal, expect: 'text' })
        : decodeBody(data, operation);
      return { ...meta, content } satisfies MailBody;
    },

    async listAttachments(mailId, opts) {
      const operation = 'listAttachments';
      const path = `${V1}/mails/${id(checkStringId(mailId, operation, 'mailId'))}/attachments`;
      const body = await transport.request({ operation, method: 'GET', path, signal: signalOf(opts), expect: 'json' });
      return readItems<AttachmentInstance>(body, operation, checkNumericItemId(operation));
    },

    attachmentUrl(mailId, attachmentId, opts) {
      const operation = 'attachmentUrl';
      const mail = id(checkStringId(mailId, operation, 'mailId'));
      const attachment = checkNumericId(attachmentId, operation, 'attachmentId');
      return transport.url(`${V1}/mails/${mail}/attachments/${attachment}${opts?.download ? '/download' : ''}`);
    },

    async listFolders(opts) {
      return readItems(
        await get('listFolders', `${V1}/folders/`, opts, { type: 'mails' }),
        'listFolders',
      ) as unknown as FoldersResponse;
    },

    async getAccountInfo(opts) {
      return readObject(await get('getAccountInfo', `${V1}/account/info`, opts), 'getAccountInfo') as AccountInfo;
    },

    async listAliases(opts) {
      return readItems(await get('listAliases', `${V1}/account/aliases`, opts), 'listAliases') as AliasesResponse;
    },

    async listSignatures(opts) {
      return readItems(
        await get('listSignatures', `${V1}/account/signatures`, opts),
        'listSignatures',
      ) as SignaturesResponse;
    },

    async getSignature(signatureId, opts) {
      const operation = 'getSignature';
      const path = `${V1}/account/signatures/${id(checkStringId(signatureId, operation, 'id'))}`;
      const body = readObject(await get(operation, path, opts), operation);
      if (typeof body.body !== 'string') throw invalidResponse(operation, '"body" is missing or not a string');
      return body as unknown as Signature;
    },

    async getSettings(opts) {
      return readObject(await get('getSettings', `${V1}/account/settings`, opts), 'getSettings') as AccountSettings;
    },

    async autocompleteContacts(query, opts) {
      const operation = 'autocompleteContacts';
      if (typeof query !== 'string') throw invalidInput(operation, 'query', `must be a string, got ${describe(query)}`);
      const limit = clampLimit(opts?.limit);
      const body = await get(operation, `${V1}/contacts/autocomplete`, opts, { query, limit });
      return readItems(body, operation) as unknown as ContactsAutocompleteResponse;
    },
  };
  return client;

  function get(
    operation: OperationName,
    path: string,
    opts: RequestOptions | undefined,
    query?: Record<string, string | undefined>,
  ): Promise<unknown> {
    return transport.request({
      operation,
      method: 'GET',
      path,
      ...(query && { query }),
      signal: signalOf(opts),
      expect: 'json',
    });
  }
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
    `must be "cookie", "basic" or "bearer", got ${describe((creds as { kind: unknown }).kind)}`,
  );
}

function clampLimit(limit: unknown): string | undefined {
  if (limit === undefined) return undefined;
  if (typeof limit !== 'number' || !Number.isFinite(limit)) {
    throw invalidInput('autocompleteContacts', 'limit', `must be a number from 1 to 50, got ${describe(limit)}`);
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
