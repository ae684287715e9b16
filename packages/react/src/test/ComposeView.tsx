// A minimal compose view and undo toast over the hooks, for behaviour tests that query by role and name.
import type { UseComposeOptions } from '../hooks/useCompose';
import { useCompose } from '../hooks/useCompose';
import { useUndoSend } from '../hooks/useUndoSend';

const parseRecipients = (value: string) =>
  value
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean)
    .map((address) => ({ address }));

export function ComposeView(props: { options?: Partial<UseComposeOptions> }) {
  const compose = useCompose({ intent: { kind: 'new' }, journal: null, broadcastChannel: null, ...props.options });
  return (
    <form aria-label="Compose" onBlur={compose.onBlur} onSubmit={(event) => event.preventDefault()}>
      <p role="status" aria-label="Compose state">
        {compose.state}
      </p>
      <p role="status" aria-label="Draft">
        {compose.status.state}
      </p>
      <label>
        To
        <input
          value={compose.draft.to.map((r) => r.address).join(', ')}
          onChange={(event) => compose.setTo(parseRecipients(event.target.value))}
        />
      </label>
      <label>
        Subject
        <input value={compose.draft.subject} onChange={(event) => compose.setSubject(event.target.value)} />
      </label>
      <label>
        Body
        <textarea value={compose.draft.bodyHtml} onChange={(event) => compose.setBody(event.target.value)} />
      </label>
      <label>
        Attach
        <input
          type="file"
          onChange={(event) => {
            for (const file of event.target.files ?? []) compose.attachments.add(file);
          }}
        />
      </label>
      <button type="button" onClick={() => void compose.send({ acknowledgeWarnings: true })}>
        Send
      </button>
    </form>
  );
}

export function UndoToast() {
  const { items, undo } = useUndoSend();
  return (
    <ul aria-label="Sent messages">
      {items.map((item) => (
        <li key={item.id}>
          {`${item.subject} sent`}{' '}
          <button type="button" onClick={() => void undo(item.id).catch(() => {})}>
            {`Undo (${item.secondsLeft} s)`}
          </button>
        </li>
      ))}
    </ul>
  );
}
