import { isEditable, type ComposeIdentity, type ComposeIntent } from '@inkwell/compose-core';
import { Composer } from '@inkwell/editor';
import { useCompose } from '@inkwell/react';
import { DraftStatus } from '@inkwell/ui';
import { useState } from 'react';
import { AttachmentList } from './AttachmentList';
import { FromField } from './FromField';
import { RecipientField } from './RecipientField';
import { SendChecks } from './SendChecks';

export interface ComposePageProps {
  intent: ComposeIntent;
  clientId?: string;
  senderDomain: string;
  identity: ComposeIdentity;
  /** The message left: undoable for a few seconds (see the toasts), or sent. */
  onSent: () => void;
  onDiscarded: () => void;
}

/** From, To/Cc/Bcc, Subject, the composer, attachments, Send: one compose view over one compose session. */
export function ComposePage({ intent, clientId, senderDomain, identity, onSent, onDiscarded }: ComposePageProps) {
  const compose = useCompose({ intent, ...(clientId ? { clientId } : {}) });
  const { snapshot, draft, session } = compose;
  const [showCopies, setShowCopies] = useState(draft.cc.length > 0 || draft.bcc.length > 0);
  const [confirming, setConfirming] = useState(false);
  // Fields accept input only when the session does: not while it loads (journal, reopen) or sends.
  const busy = !isEditable(snapshot);

  async function send(acknowledgeWarnings: boolean) {
    const outcome = await compose.send({ acknowledgeWarnings });
    if (outcome.ok) {
      onSent();
      return;
    }
    setConfirming(outcome.error.code === 'needs-confirmation');
  }

  return (
    <form
      aria-label="New message"
      className="compose"
      onBlur={compose.onBlur}
      onSubmit={(event) => {
        event.preventDefault();
        void send(false);
      }}
    >
      {snapshot.recovered ? <p role="status">Your unsent changes were restored.</p> : null}
      {snapshot.loadError ? <p role="alert">{snapshot.loadError}</p> : null}
      <FromField
        value={draft.from}
        name={identity.from.name}
        addresses={identity.ownAddresses}
        onChange={compose.setFrom}
        disabled={busy}
      />
      <RecipientField label="To" value={draft.to} onChange={compose.setTo} disabled={busy} />
      {showCopies ? (
        <>
          <RecipientField label="Cc" value={draft.cc} onChange={compose.setCc} disabled={busy} />
          <RecipientField label="Bcc" value={draft.bcc} onChange={compose.setBcc} disabled={busy} />
        </>
      ) : (
        <button type="button" className="link-button" onClick={() => setShowCopies(true)}>
          Cc/Bcc
        </button>
      )}
      <div className="field">
        <label htmlFor="compose-subject">Subject</label>
        <input
          id="compose-subject"
          type="text"
          value={draft.subject}
          disabled={busy}
          onChange={(event) => compose.setSubject(event.target.value)}
        />
      </div>
      {session && snapshot.state !== 'loading' ? (
        <Composer
          queue={session.attachments}
          senderDomain={senderDomain}
          initialHtml={draft.bodyHtml}
          ariaLabel="Message body"
          placeholder="Write your message…"
          editable={!busy}
          onChange={(serialized) => {
            // The editor also reports changes it makes itself (e.g. turning read-only while sending): only the
            // user's edits of an editable message belong in the draft.
            if (isEditable(session.getSnapshot())) {
              compose.setBody(serialized.bodyHtml);
            }
          }}
        />
      ) : (
        <p role="status">Loading the message…</p>
      )}
      <AttachmentList queue={compose.attachments} disabled={busy} />
      <SendChecks checks={compose.checks} sendError={snapshot.sendError} />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {snapshot.state === 'sending' ? 'Sending…' : 'Send'}
        </button>
        {confirming ? (
          <button type="button" onClick={() => void send(true)}>
            Send anyway
          </button>
        ) : null}
        <button
          type="button"
          onClick={() => {
            void compose.discard().then(onDiscarded);
          }}
        >
          Discard
        </button>
        <DraftStatus
          state={compose.status.state}
          savedAt={compose.status.savedAt}
          reason={compose.status.reason}
          onRetry={compose.status.retry}
        />
      </div>
    </form>
  );
}
