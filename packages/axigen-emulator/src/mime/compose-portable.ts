// A small, dependency-free MIME composer that runs in browsers (the MSW runtime) and builds the seed.
// mimetext was considered: it requires From and Subject (drafts may lack both), writes non-ASCII file
// names raw into headers and sends non-ASCII text as 7bit, so it cannot store arbitrary drafts faithfully.
import type { MimeComposer, OutgoingAttachment, OutgoingMessage } from '../core/types';
import { bytesToBase64 } from '../core/base64';
import { encodeWords, filenameParam, formatAddressHeader } from './encode-header';

const CRLF = '\r\n';

function wrap76(b64: string): string {
  return b64.replace(/.{1,76}/g, '$&\r\n').trimEnd();
}

/** Deterministic per message, so the seed builds byte-identical messages on every run. */
function boundaryFactory(seed: string): () => string {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  let n = 0;
  return () => `=_inkwell_${h.toString(36)}_${++n}`;
}

function textPart(subtype: 'plain' | 'html', body: string): string {
  const bytes = new TextEncoder().encode(body);
  const plain = !/[^\t\r\n\x20-\x7e]/.test(body) && body.split(/\r?\n/).every((l) => l.length <= 998);
  const head = `Content-Type: text/${subtype}; charset=utf-8${CRLF}`;
  return plain
    ? `${head}Content-Transfer-Encoding: 7bit${CRLF}${CRLF}${body.replace(/\r?\n/g, CRLF)}`
    : `${head}Content-Transfer-Encoding: base64${CRLF}${CRLF}${wrap76(bytesToBase64(bytes))}`;
}

function filePart(a: OutgoingAttachment): string {
  const lines = [
    `Content-Type: ${a.contentType || 'application/octet-stream'}; ${filenameParam('name', a.filename)}`,
    'Content-Transfer-Encoding: base64',
    `Content-Disposition: ${a.inline ? 'inline' : 'attachment'}; ${filenameParam('filename', a.filename)}`,
  ];
  if (a.contentId) lines.push(`Content-ID: <${a.contentId}>`);
  return lines.join(CRLF) + CRLF + CRLF + wrap76(bytesToBase64(a.content));
}

function multipart(subtype: string, parts: string[], boundary: string, extra = ''): string {
  const head = `Content-Type: multipart/${subtype};${extra} boundary="${boundary}"${CRLF}${CRLF}`;
  return head + parts.map((p) => `--${boundary}${CRLF}${p}${CRLF}`).join('') + `--${boundary}--`;
}

/** Builds the message synchronously. */
export function buildMime(msg: OutgoingMessage): string {
  const nextBoundary = boundaryFactory(msg.messageId);
  const headers: string[] = [];
  const addr = (name: string, value: string | undefined) => {
    if (value && value.trim()) headers.push(`${name}: ${formatAddressHeader(value)}`);
  };
  addr('From', msg.from);
  addr('To', msg.to);
  addr('Cc', msg.cc);
  addr('Bcc', msg.bcc);
  addr('Reply-To', msg.replyTo);
  headers.push(`Subject: ${encodeWords(msg.subject ?? '')}`);
  headers.push(`Message-ID: ${msg.messageId}`);
  headers.push(`Date: ${msg.date.toUTCString().replace('GMT', '+0000')}`);
  if (msg.inReplyTo) headers.push(`In-Reply-To: ${msg.inReplyTo}`);
  if (msg.references) headers.push(`References: ${msg.references}`);
  for (const [name, value] of Object.entries(msg.headers)) headers.push(`${name}: ${encodeWords(value)}`);
  headers.push('MIME-Version: 1.0');

  const text = msg.text ?? '';
  const html = msg.html;
  let body: string;
  if (html !== undefined && msg.text !== undefined) {
    body = multipart('alternative', [textPart('plain', text), textPart('html', html)], nextBoundary());
  } else if (html !== undefined) {
    body = textPart('html', html);
  } else {
    body = textPart('plain', text);
  }
  const inline = msg.attachments.filter((a) => a.inline && a.contentId);
  const regular = msg.attachments.filter((a) => !(a.inline && a.contentId));
  if (inline.length) {
    body = multipart(
      'related',
      [body, ...inline.map(filePart)],
      nextBoundary(),
      html !== undefined ? ' type="text/html";' : '',
    );
  }
  if (regular.length) body = multipart('mixed', [body, ...regular.map(filePart)], nextBoundary());
  return headers.join(CRLF) + CRLF + body + CRLF;
}

/** The browser-capable `MimeComposer` (also fine in Node). */
export const composePortable: MimeComposer = async (msg) => buildMime(msg);
