// The /api/ route table (reference §2–§4, §7).
import { authed, open, type Route } from './router';
import { cookieLogin, login, logout, version } from './handlers/session';
import { createMail, replaceDraft } from './handlers/drafts';
import { send, sendDraft, undoSend } from './handlers/send';
import { cancelScheduled, scheduleDraft, scheduleSend } from './handlers/schedule';
import {
  deleteTempAttachment,
  getTempAttachment,
  storeInQueue,
  uploadTempAttachments,
} from './handlers/temp-attachments';
import {
  deleteMail,
  downloadAttachment,
  getAttachment,
  getBody,
  getFullBody,
  getMail,
  listAttachments,
  listMails,
} from './handlers/mail-read';
import {
  accountInfo,
  autocomplete,
  getSettings,
  getSignature,
  listAliases,
  listFolders,
  listSignatures,
} from './handlers/account';

import { updateMail } from './handlers/mail-update';
import { searchMails } from './handlers/search';
import { createSignature, deleteSignature, patchSettings, updateSignature } from './handlers/account-writes';

export const apiRoutes: Route[] = [
  open('GET', '/api', version),
  open('POST', '/api/v1/login', login),
  open('POST', '/api/v1/login/cookie', cookieLogin),
  authed('POST', '/api/v1/logout', logout),

  authed('POST', '/api/v1/mails/send', send),
  authed('POST', '/api/v1/mails/send/undo', undoSend),
  authed('POST', '/api/v1/mails/send/schedule', scheduleSend),
  authed('DELETE', '/api/v1/mails/send/schedule/:id', cancelScheduled),
  authed('PUT', '/api/v1/drafts/:id', replaceDraft),
  authed('POST', '/api/v1/drafts/:id/send', sendDraft),
  authed('POST', '/api/v1/drafts/:id/send/schedule', scheduleDraft),
  authed('POST', '/api/v1/mails', createMail),
  authed('GET', '/api/v1/mails', listMails),
  authed('POST', '/api/v1/mails/search', searchMails),

  authed('POST', '/api/v1/temporaryAttachments', uploadTempAttachments),
  authed('POST', '/api/v1/temporaryAttachments/store', storeInQueue),
  authed('GET', '/api/v1/temporaryAttachments/:id', getTempAttachment),
  authed('DELETE', '/api/v1/temporaryAttachments/:id', deleteTempAttachment),

  authed('GET', '/api/v1/mails/:id', getMail),
  authed('PATCH', '/api/v1/mails/:id', updateMail),
  authed('DELETE', '/api/v1/mails/:id', deleteMail),
  authed('GET', '/api/v1/mails/:id/body', getBody),
  authed('GET', '/api/v1/mails/:id/body/full', getFullBody),
  authed('GET', '/api/v1/mails/:id/attachments', listAttachments),
  authed('GET', '/api/v1/mails/:id/attachments/:attId', getAttachment),
  authed('GET', '/api/v1/mails/:id/attachments/:attId/download', downloadAttachment),

  authed('GET', '/api/v1/folders', listFolders),
  authed('GET', '/api/v1/account/info', accountInfo),
  authed('GET', '/api/v1/account/aliases', listAliases),
  authed('GET', '/api/v1/account/signatures', listSignatures),
  authed('GET', '/api/v1/account/signatures/:id', getSignature),
  authed('GET', '/api/v1/account/settings', getSettings),
  authed('PATCH', '/api/v1/account/settings', patchSettings),
  authed('POST', '/api/v1/account/signatures', createSignature),
  authed('PUT', '/api/v1/account/signatures/:id', updateSignature),
  authed('DELETE', '/api/v1/account/signatures/:id', deleteSignature),
  authed('GET', '/api/v1/contacts/autocomplete', autocomplete),
];
