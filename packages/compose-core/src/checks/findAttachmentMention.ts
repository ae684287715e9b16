/**
 * Words that promise an attachment, by language. Matched whole-word (letters, digits, `_` and `-` on either side
 * break a match), case-insensitively, so "attachment-free" or "unattached" do not count.
 */
const MENTIONS = [
  // English
  'attach',
  'attached',
  'attaching',
  'attachment',
  'attachments',
  'enclosed',
  'enclosure',
  'enclosures',
  // German
  'anhang',
  'anhänge',
  'angehängt',
  'angehängte',
  'anhängend',
  'anbei',
  'anlage',
  'anlagen',
  'beigefügt',
  'beigefügte',
  'beiliegend',
  'beiliegende',
  // French
  'pièce jointe',
  'pièces jointes',
  'ci-joint',
  'ci-jointe',
  'ci-joints',
  'ci-jointes',
  // Spanish, Portuguese, Italian, Dutch
  'adjunto',
  'adjunta',
  'adjuntos',
  'adjuntas',
  'adjuntado',
  'adjuntamos',
  'anexo',
  'anexos',
  'anexado',
  'allegato',
  'allegati',
  'in bijlage',
  'bijlage',
  'bijgevoegd',
];

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}_-])(?:${[...MENTIONS]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\p{L}\\p{N}_-])`,
  'iu',
);

/** The first attachment-promising word in `text` as written, or undefined. URLs are ignored. */
export function findAttachmentMention(text: string): string | undefined {
  const withoutUrls = text.replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, ' ');
  return PATTERN.exec(withoutUrls.normalize('NFC'))?.[0];
}
