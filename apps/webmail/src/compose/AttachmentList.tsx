import type { DraftAttachment } from '@inkwell/compose-core';
import type { UseAttachmentQueueResult } from '@inkwell/react';
import { useId } from 'react';

const sizeFormat = new Intl.NumberFormat(undefined, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });

/** Regular attachments (inline images live in the text) with progress, retry and remove. */
export function AttachmentList({ queue, disabled }: { queue: UseAttachmentQueueResult; disabled?: boolean }) {
  const inputId = useId();
  const regular = queue.items.filter((item) => !item.isInline);
  return (
    <section aria-label="Attachments" className="attachments">
      <label htmlFor={inputId} className="button">
        Attach files
      </label>
      <input
        id={inputId}
        type="file"
        multiple
        disabled={disabled}
        className="visually-hidden"
        onChange={(event) => {
          for (const file of Array.from(event.target.files ?? [])) queue.add(file);
          event.target.value = '';
        }}
      />
      {regular.length > 0 ? (
        <ul>
          {regular.map((item) => (
            <AttachmentRow key={item.localId} item={item} queue={queue} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function AttachmentRow({ item, queue }: { item: DraftAttachment; queue: UseAttachmentQueueResult }) {
  return (
    <li data-state={item.state}>
      <span>{item.name}</span> <span>{sizeFormat.format(item.size / 1024)}</span>{' '}
      {item.state === 'uploading' || item.state === 'queued' ? (
        <progress aria-label={`Uploading ${item.name}`} max={1} value={item.progress ?? 0} />
      ) : null}
      {item.state === 'failed' ? (
        <span role="alert">
          {item.error ?? 'Upload failed'}{' '}
          <button type="button" onClick={() => queue.retry(item.localId)}>
            Retry {item.name}
          </button>
        </span>
      ) : null}
      <button type="button" onClick={() => queue.remove(item.localId)}>
        Remove {item.name}
      </button>
    </li>
  );
}
