// Inserts dropped, pasted or picked image files. Large images are offered for scaling down first, through the
// `onLargeImage` option; the user's answer decides, and any failure falls back to the original file.
import type { Editor } from '@tiptap/core';
import { loadEditorExtras } from '../extras/loadEditorExtras';
import type { InlineImageOptions } from './types';

export function isImageFile(file: File): boolean {
  return file.type.startsWith('image/') && file.type !== 'image/svg+xml';
}

async function prepare(file: File, options: InlineImageOptions): Promise<File> {
  if (!options.onLargeImage) return file;
  // Measuring and scaling come with the composer's on-demand parts; without them the original file goes in.
  const extras = await loadEditorExtras().catch(() => undefined);
  if (!extras) return file;
  const { downscaleImage, readImageSize } = extras;
  const size = await readImageSize(file);
  if (!size || Math.max(size.width, size.height) <= options.maxDimension) return file;
  const scale = await options.onLargeImage({
    name: file.name,
    size: file.size,
    maxDimension: options.maxDimension,
    ...size,
  });
  if (!scale) return file;
  try {
    return await downscaleImage(file, options.maxDimension);
  } catch {
    return file;
  }
}

/** Returns how many images were inserted; non-image files are left to the caller (e.g. as attachments). */
export async function insertImageFiles(editor: Editor, files: readonly File[], position?: number): Promise<number> {
  const images = files.filter(isImageFile);
  const extension = editor.extensionManager.extensions.find((e) => e.name === 'inlineImage');
  if (!extension || images.length === 0) return 0;
  const options = extension.options as InlineImageOptions;
  const needsDecision = !!options.onLargeImage;
  let inserted = 0;
  for (const file of images) {
    const prepared = needsDecision ? await prepare(file, options) : file;
    if (editor.isDestroyed) break;
    const chain = editor.chain();
    if (position !== undefined && inserted === 0)
      chain.setTextSelection(Math.min(position, editor.state.doc.content.size));
    if (chain.insertInlineImage(prepared).run()) inserted += 1;
  }
  return inserted;
}
