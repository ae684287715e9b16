import { MailHtml } from '@inkwell/editor/mail-html';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { formatSize } from '../message/formatSize';
import { fetchDelivered, fetchOutbox, outboxKeys, type DeliveredMessage } from './emulatorOutbox';

/** Emulator only: every delivered message as its recipients see it, and its raw source. */
export function OutboxView() {
  const list = useQuery({ queryKey: outboxKeys.all, queryFn: ({ signal }) => fetchOutbox(signal), staleTime: 0 });
  const [selected, setSelected] = useState<string>();
  const current = selected ?? list.data?.[0]?.id;
  return (
    <div className="wm-outbox">
      <section className="wm-list-pane" aria-label="Delivered messages">
        <h2 className="wm-list-heading">Delivered by the emulator</h2>
        {list.isPending ? <p role="status">Loading…</p> : null}
        {list.isError ? <p role="alert">The emulator's outbox could not be read.</p> : null}
        {list.data?.length === 0 ? <p className="wm-empty">Nothing delivered yet.</p> : null}
        <ul className="wm-outbox-list">
          {list.data?.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className="wm-outbox-item"
                aria-current={item.id === current ? 'true' : undefined}
                onClick={() => setSelected(item.id)}
              >
                <span className="wm-row-who">To {[...item.envelope.to].join(', ')}</span>
                <span className="wm-row-subject">{item.subject || '(no subject)'}</span>
                <span className="wm-row-date">{new Date(item.deliveredAt).toLocaleString()}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section className="wm-reading-pane" aria-label="Delivered message">
        {current ? <Delivered id={current} /> : null}
      </section>
    </div>
  );
}

function Delivered({ id }: { id: string }) {
  const message = useQuery({ queryKey: outboxKeys.raw(id), queryFn: ({ signal }) => fetchDelivered(id, signal) });
  if (message.isError) return <p role="alert">This message could not be read.</p>;
  if (!message.data) return <p role="status">Loading…</p>;
  return <DeliveredMessageView message={message.data} />;
}

function DeliveredMessageView({ message }: { message: DeliveredMessage }) {
  const { email, raw } = message;
  const cidUrls = useCidBlobUrls(email);
  const html = useMemo(() => email.html ?? `<pre>${escapeHtml(email.text ?? '')}</pre>`, [email]);
  const resolveCid = useCallback((contentId: string) => cidUrls.get(contentId.toLowerCase()), [cidUrls]);
  const header = (name: string) => email.headers.find((h) => h.key === name)?.value ?? '';
  return (
    <article className="wm-message" aria-label={`Delivered: ${email.subject ?? ''}`}>
      <h2>{email.subject || '(no subject)'}</h2>
      <dl className="wm-headers">
        <dt>From</dt>
        <dd>{header('from')}</dd>
        <dt>To</dt>
        <dd>{header('to')}</dd>
        {header('cc') ? (
          <>
            <dt>Cc</dt>
            <dd>{header('cc')}</dd>
          </>
        ) : null}
        {header('in-reply-to') ? (
          <>
            <dt>In-Reply-To</dt>
            <dd>{header('in-reply-to')}</dd>
          </>
        ) : null}
      </dl>
      <MailHtml className="wm-mail-body" html={html} resolveCid={resolveCid} label="Delivered message body" />
      {email.attachments.length > 0 ? (
        <section aria-label="Delivered parts" className="wm-attachments">
          <h3>Parts</h3>
          <ul>
            {email.attachments.map((a, i) => (
              <li key={i}>
                {a.filename ?? '(unnamed)'} · {a.mimeType} · {formatSize(byteLength(a.content))}
                {a.contentId ? ` · cid ${a.contentId.replace(/^<|>$/g, '')}` : ''}
                {a.disposition ? ` · ${a.disposition}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <details className="wm-raw">
        <summary>Raw source</summary>
        <pre aria-label="Raw source">{raw}</pre>
      </details>
    </article>
  );
}

function byteLength(content: ArrayBuffer | Uint8Array | string): number {
  return typeof content === 'string' ? content.length : content.byteLength;
}

function escapeHtml(text: string): string {
  const span = document.createElement('span');
  span.textContent = text;
  return span.innerHTML;
}

function useCidBlobUrls(email: DeliveredMessage['email']): ReadonlyMap<string, string> {
  const [urls, setUrls] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    const made = new Map<string, string>();
    for (const a of email.attachments) {
      if (!a.contentId || typeof a.content === 'string') continue;
      const blob = new Blob([new Uint8Array(a.content)], { type: a.mimeType });
      made.set(a.contentId.replace(/^<|>$/g, '').toLowerCase(), URL.createObjectURL(blob));
    }
    setUrls(made);
    return () => {
      for (const url of made.values()) URL.revokeObjectURL(url);
    };
  }, [email]);
  return urls;
}
