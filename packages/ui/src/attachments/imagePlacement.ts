/** Where added images go: asked each time, or the user's remembered answer. */
export type ImagePlacement = 'ask' | 'inline' | 'attachment';

export const IMAGE_PLACEMENT_KEY = 'inkwell.attachments.imagePlacement';

/** The remembered answer; `ask` when none, or when storage is unavailable (private mode, blocked). */
export function readImagePlacement(storage: Pick<Storage, 'getItem'> | undefined = safeStorage()): ImagePlacement {
  try {
    const value = storage?.getItem(IMAGE_PLACEMENT_KEY);
    return value === 'inline' || value === 'attachment' ? value : 'ask';
  } catch {
    return 'ask';
  }
}

export function writeImagePlacement(
  placement: ImagePlacement,
  storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined = safeStorage(),
): void {
  try {
    if (placement === 'ask') storage?.removeItem(IMAGE_PLACEMENT_KEY);
    else storage?.setItem(IMAGE_PLACEMENT_KEY, placement);
  } catch {
    // Not remembered; the user is asked again next time.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
