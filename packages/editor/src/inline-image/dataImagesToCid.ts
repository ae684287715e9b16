// Pasted HTML (Word, Outlook, some web apps) carries screenshots as `data:` URIs, which recipients' clients block.
// Each becomes an inline queue upload referenced by `cid:`; identical bytes are uploaded once.
import type { AttachmentQueue } from '@inkwell/compose-core';
import { generateContentId } from '@inkwell/compose-core';
import { parseInert } from '../sanitize/parseInert';
import { dataUrlToBlob } from './dataUrlToBlob';
import { hashBytes } from './hashBytes';
import type { InlineImageStorage } from './types';

interface Context {
  queue: AttachmentQueue | null;
  senderDomain: string | (() => string);
  storage: InlineImageStorage;
}

export function dataImagesToCid(html: string, { queue, senderDomain, storage }: Context): string {
  if (!/src\s*=\s*["']?\s*data:/i.test(html)) return html;
  const doc = parseInert(html);
  let counter = 0;
  for (const img of doc.querySelectorAll('img[src]')) {
    const src = img.getAttribute('src') ?? '';
    if (!/^\s*data:/i.test(src)) continue;
    const decoded = queue ? dataUrlToBlob(src) : null;
    if (!decoded || !queue) {
      // Not an image we can send inline: drop it rather than send a `data:` URI.
      img.remove();
      continue;
    }
    const hash = hashBytes(decoded.bytes);
    let contentId = storage.contentIdByHash.get(hash);
    if (!contentId || !queue.byContentId(contentId)) {
      contentId = generateContentId(typeof senderDomain === 'function' ? senderDomain() : senderDomain);
      counter += 1;
      const name = `pasted-image-${counter}.${decoded.type.split('/')[1] ?? 'png'}`;
      const file = typeof File === 'function' ? new File([decoded.blob], name, { type: decoded.type }) : decoded.blob;
      queue.add(file, { inline: true, contentId });
      storage.contentIdByHash.set(hash, contentId);
      storage.blobByContentId.set(contentId, file);
    }
    img.setAttribute('src', `cid:${contentId}`);
  }
  return doc.body.innerHTML;
}
