// Looks at the server's own folders to settle a request whose answer was lost: which draft a create made, where a
// scheduled copy went, which draft an undo rebuilt. The pinned API keeps no client token on a draft (Create takes
// only the compose fields), so a draft is recognised by a fingerprint of what was sent: subject, recipients, the
// start of the text, and a server date no earlier than the request (see README "Reconcile before repeating").
import type { AxigenClient, Mail } from '@inkwell/axigen-client';

export interface DraftFingerprint {
  subject: string;
  /** Lower-cased addresses of To. */
  to: string[];
  /** Start of the plain text, whitespace collapsed. */
  text: string;
}

/** How much earlier than the request a server date may be (clock skew, second resolution). */
const DATE_SLACK_MS = 2 * 60_000;
/** Compared prefix of the text: servers cut snippets at different lengths. */
const TEXT_PREFIX = 40;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

export function fingerprintOf(input: {
  subject?: string;
  to?: readonly { address: string }[];
  bodyText?: string;
}): DraftFingerprint {
  return {
    subject: (input.subject ?? '').trim(),
    to: (input.to ?? []).map((r) => r.address.trim().toLowerCase()).sort(),
    text: collapse(input.bodyText ?? '').slice(0, TEXT_PREFIX),
  };
}

/** The server's internal date of a mail in epoch ms (unix seconds as a string on real servers). */
export function mailDateMs(mail: Pick<Mail, 'date'>): number | undefined {
  const n = Number(mail.date);
  if (!Number.isFinite(n) || mail.date === '') return undefined;
  return n < 1e11 ? n * 1000 : n;
}

export function matchesFingerprint(mail: Mail, fingerprint: DraftFingerprint): boolean {
  if (mail.subject.trim() !== fingerprint.subject) return false;
  const to = mail.to.toLowerCase();
  if (!fingerprint.to.every((address) => to.includes(address))) return false;
  if ((to.match(/@/g)?.length ?? 0) !== fingerprint.to.length) return false;
  return collapse(mail.snippet).slice(0, TEXT_PREFIX) === fingerprint.text;
}

type FolderKind = 'drafts' | 'sent' | 'scheduled';
const folderCache = new WeakMap<AxigenClient, Promise<Partial<Record<FolderKind, string>>>>();

/** Folder ids by role; Scheduled has no role (reference §4), so it is found by its name. */
export async function folderId(client: AxigenClient, kind: FolderKind): Promise<string | undefined> {
  let folders = folderCache.get(client);
  if (!folders) {
    folders = client.listFolders().then(({ items }) => ({
      drafts: items.find((f) => f.role === 'drafts')?.id,
      sent: items.find((f) => f.role === 'sent')?.id,
      scheduled: items.find((f) => f.role === '' && /^scheduled$/i.test(f.name))?.id,
    }));
    folderCache.set(client, folders);
    // A failed look-up is not kept: the next one asks again.
    folders.catch(() => folderCache.delete(client));
  }
  return (await folders)[kind];
}

export interface FindOptions {
  /** Epoch ms (local clock) when the request was made; older mails are not candidates. */
  since: number;
  /** Server clock minus local clock, ms. */
  skewMs?: number;
  /** Ids that are known to be something else (other sessions' drafts). */
  exclude?: ReadonlySet<string>;
}

/** The newest mail of a folder that matches `fingerprint` and is not older than the request. */
export async function findInFolder(
  client: AxigenClient,
  kind: FolderKind,
  fingerprint: DraftFingerprint,
  { since, skewMs = 0, exclude }: FindOptions,
): Promise<Mail | undefined> {
  const id = await folderId(client, kind);
  if (id === undefined) return undefined;
  const { items } = await client.listMails(id, { dir: 'desc', limit: 50 });
  const earliest = since + skewMs - DATE_SLACK_MS;
  return items.find((mail) => {
    if (exclude?.has(mail.id)) return false;
    const date = mailDateMs(mail);
    return (date === undefined || date >= earliest) && matchesFingerprint(mail, fingerprint);
  });
}
