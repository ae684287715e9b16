// Ids shaped like the real server's: folder ids `80_114`, mail ids base64 of `folder_uid` (reference §4).
import type { MailKey } from './types';

export function mailIdOf(key: MailKey): string {
  return btoa(`${key.folderId}_${key.uid}`).replace(/=+$/, '');
}

/** Decodes a mail id; undefined for anything that is not one. */
export function parseMailId(id: string): MailKey | undefined {
  if (!/^[A-Za-z0-9+/]+$/.test(id)) return undefined;
  let decoded: string;
  try {
    decoded = atob(id + '='.repeat((4 - (id.length % 4)) % 4));
  } catch {
    return undefined;
  }
  const m = /^(\d+_\d+)_(\d+)$/.exec(decoded);
  if (!m?.[1] || !m[2]) return undefined;
  return { folderId: m[1], uid: Number(m[2]) };
}

export function randomToken(bytes = 18): string {
  const buf = new Uint8Array(bytes);
  crypto.getRandomValues(buf);
  return btoa(String.fromCharCode(...buf))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
