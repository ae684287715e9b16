// The URLs in pasted text, for Link's paste rule (Tiptap Link's own): each becomes a link, e-mail addresses as
// mailto:. Before linkifyjs has loaded it finds none and the text is pasted as it is.
import type { PasteRuleMatch } from '@tiptap/core';
import { isAllowedUri } from './isAllowedUri';
import { linkifyLoaded } from './loadLinkify';
import { shouldAutoLink } from './shouldAutoLink';

export function findPastedUrls(text: string, defaultProtocol: string): PasteRuleMatch[] {
  const linkify = linkifyLoaded();
  if (!linkify || !text) return [];
  return linkify
    .find(text, { defaultProtocol })
    .filter((item) => item.isLink && isAllowedUri(item.value) && shouldAutoLink(item.value))
    .map((link) => ({ text: link.value, data: { href: link.href }, index: link.start }));
}
