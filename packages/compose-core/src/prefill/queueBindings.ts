import type { ManagedAttachmentQueue } from '../attachments/types';
import type { PartBinding } from './bindStoredParts';

/** Puts the parts a prefill bound (Store in Queue copies) into the session's queue as uploaded entries. */
export function queueBindings(queue: ManagedAttachmentQueue, bindings: readonly PartBinding[]): void {
  for (const binding of bindings) {
    queue.addStored(binding.part, {
      isInline: binding.isInline,
      ...(binding.contentId === undefined ? {} : { contentId: binding.contentId }),
    });
  }
}
