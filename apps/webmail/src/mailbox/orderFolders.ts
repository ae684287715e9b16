import type { Folder } from '@inkwell/axigen-client';

/** What the app calls a folder: the server's folder, and the role the sidebar orders and labels it by. */
export interface MailFolder {
  id: string;
  name: string;
  role: Folder['role'] | 'scheduled';
}

const ORDER = ['inbox', 'drafts', 'scheduled', 'sent', 'junk', 'trash', 'archive'];

/**
 * Inbox, Drafts, Scheduled, Sent, Junk, Trash, then the user's folders by name. The reference has no `scheduled`
 * role (§4, open question 5): Scheduled is the role-less folder of that name, as the emulator and Axigen name it.
 */
export function orderFolders(folders: readonly Folder[]): MailFolder[] {
  const mapped: MailFolder[] = folders.map((f) => ({
    id: f.id,
    name: f.name,
    role: f.role === '' && f.name.toLowerCase() === 'scheduled' ? 'scheduled' : f.role,
  }));
  const rank = (f: MailFolder) => {
    const i = ORDER.indexOf(f.role);
    return i === -1 ? ORDER.length : i;
  };
  return mapped.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}
