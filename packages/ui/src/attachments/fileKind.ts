/** A file's broad kind, for its icon. */
export type FileKind = 'image' | 'audio' | 'video' | 'text' | 'archive' | 'spreadsheet' | 'other';

const ARCHIVE = /zip|compressed|x-tar|x-7z|x-rar|gzip/;
const SPREADSHEET = /spreadsheet|excel|csv/;
const TEXT = /^text\/|pdf|msword|wordprocessing|rtf|opendocument\.text/;

export function fileKind(contentType: string, name = ''): FileKind {
  const type = contentType.toLowerCase();
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('audio/')) return 'audio';
  if (type.startsWith('video/')) return 'video';
  if (SPREADSHEET.test(type) || /\.(xlsx?|ods|csv)$/i.test(name)) return 'spreadsheet';
  if (ARCHIVE.test(type) || /\.(zip|7z|rar|tar|gz)$/i.test(name)) return 'archive';
  if (TEXT.test(type) || /\.(pdf|docx?|odt|txt|md|rtf)$/i.test(name)) return 'text';
  return 'other';
}
