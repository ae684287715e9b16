// The compose window's list of attachments and its image prompt: a chunk of their own, loaded once there is
// something to show (files added, a forward's or a reopened draft's attachments) or the "Attach files" button is
// approached. A failed load says so, and Try again loads it.
import { createLazyModule } from '@inkwell/compose-core';
import { useLazyModule } from '@inkwell/editor';
import { useAttachmentsContext } from '../attachments/attachmentsContext';
import type * as listParts from '../attachments/AttachmentsList';

const parts = createLazyModule<typeof listParts>(() => import('../attachments/AttachmentsList'), {
  what: 'The list of attachments',
  loader: 'loadAttachmentList',
});

/** Loads the list (once; a failed load is tried again by the next call). */
export const loadAttachmentList = (): Promise<typeof listParts> => parts.load();

/** Starts loading the list early (pointer over, or focus on, "Attach files"). */
export const preloadAttachmentList = (): void => void parts.load().catch(() => undefined);

export function ComposeAttachmentList({ className }: { className?: string }) {
  const api = useAttachmentsContext();
  const needed = api.items.length + api.rejected.length + api.pendingImages.length > 0;
  const { value: loaded, failed, retry } = useLazyModule(parts, needed);
  if (!needed) return null;
  if (!loaded) {
    return failed ? (
      <p role="alert" className="ink-compose-note" data-tone="danger">
        {api.t('attachments.loadFailed')}{' '}
        <button type="button" className="ink-attachments-link" onClick={retry}>
          {api.t('attachments.loadRetry')}
        </button>
      </p>
    ) : null;
  }
  return (
    <>
      <loaded.ImagePrompt />
      <loaded.List className={className} />
    </>
  );
}
