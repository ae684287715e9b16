import { type ImageUrlKind, normalizeResourceUrl } from './normalizeUrl';

export type { ImageUrlKind } from './normalizeUrl';

/** What loading an image URL would do (see `ImageUrlKind`), judged on the value the browser's URL parser reads. */
export function classifyImageUrl(url: string): ImageUrlKind {
  return normalizeResourceUrl(url).kind;
}
