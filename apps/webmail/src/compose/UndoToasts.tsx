import { useUndoSend } from '@inkwell/react';
import { useState } from 'react';

/** "Message sent — Undo (8 s)": one toast per send still inside the server's 10-second window. */
export function UndoToasts({ onReopen }: { onReopen: (mailId: string | undefined) => void }) {
  const { items, undo, dismiss } = useUndoSend();
  const [error, setError] = useState<string>();
  return (
    <section aria-label="Notifications" className="toasts">
      {items.map((item) => (
        <div key={item.id} role="status" className="toast">
          Message sent.{' '}
          <button
            type="button"
            onClick={() => {
              undo(item.id).then(
                ({ mailId }) => onReopen(mailId),
                (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
              );
            }}
          >
            Undo ({item.secondsLeft} s)
          </button>{' '}
          <button type="button" onClick={() => dismiss(item.id)}>
            Dismiss
          </button>
        </div>
      ))}
      {error ? <p role="alert">{error}</p> : null}
    </section>
  );
}
