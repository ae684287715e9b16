// Hierarchical query keys: every key starts with its parent's key, so invalidating a parent
// (`mailKeys.mail(id)`) reaches everything below it (its bodies and attachments).
const all = ['inkwell'] as const;

/** The body representation asked of the server (§4 `GET …/body?type=`). */
export type BodyType = 'html' | 'text';

const mails = () => [...all, 'mails'] as const;
const mail = (id: string) => [...mails(), id] as const;
const account = () => [...all, 'account'] as const;
const signatures = () => [...account(), 'signatures'] as const;
const allContacts = () => [...all, 'contacts'] as const;

export const mailKeys = {
  all,
  mails,
  mail,
  body: (id: string, type: BodyType, showExternalImages = false) =>
    [...mail(id), 'body', type, { showExternalImages }] as const,
  attachments: (id: string) => [...mail(id), 'attachments'] as const,
  folders: () => [...all, 'folders'] as const,
  account,
  accountInfo: () => [...account(), 'info'] as const,
  aliases: () => [...account(), 'aliases'] as const,
  signatures,
  signature: (id: string) => [...signatures(), id] as const,
  settings: () => [...account(), 'settings'] as const,
  /** Prefix of every autocomplete query. */
  allContacts,
  contacts: (query: string, limit = 10) => [...allContacts(), { query: query.trim(), limit }] as const,
};
