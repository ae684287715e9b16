// A clipboard that holds image files and nothing else worth keeping (a screenshot, "Copy image" in a browser,
// whose HTML is just an <img> of the same picture).
import { parseInert } from '../sanitize/parseInert';

export function imageFilesOf(data: DataTransfer | null): File[] {
  if (!data) return [];
  return [...data.files].filter((file) => file.type.startsWith('image/') && file.type !== 'image/svg+xml');
}

export function isImageOnlyPaste(data: DataTransfer | null): boolean {
  if (imageFilesOf(data).length === 0 || !data) return false;
  const html = data.getData('text/html');
  if (html) {
    const body = parseInert(html).body;
    return !body.textContent?.trim() && body.querySelectorAll('img').length <= 1;
  }
  // Some apps put the file name as text next to the file.
  const text = data.getData('text/plain').trim();
  return !text || [...data.files].some((file) => file.name === text);
}
