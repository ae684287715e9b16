'use client';
// The compose window: one component for a new message, a reply, a reply-all, a forward, a reopened draft or a
// scheduled mail, over one compose session (`useCompose`). Widgets inside it are the package's own.
import type { Recipient } from '@inkwell/axigen-client';
import {
  createLazyModule,
  isEditable,
  type ComposeIdentity,
  type ComposeIntent,
  type LazyModule,
} from '@inkwell/compose-core';
import { Composer, loadComposerSanitizer, lucideIcon, serializeComposer } from '@inkwell/editor';
import { useAccountIdentity, useCompose } from '@inkwell/react';
import type { Editor } from '@tiptap/core';
import { Trash2 as trash2Node } from 'lucide';
import { useEffect, useId, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import {
  Dropzone as AttachmentsDropzone,
  Root as AttachmentsRoot,
  Trigger as AttachmentsTrigger,
} from '../attachments/AttachmentsRoot';
import { useConflictResolution } from '../conflict/useConflictResolution';
import { DraftStatus } from '../draft-status/DraftStatus';
import { useSaveStatus } from '../draft-status/useSaveStatus';
import { useLocale, useMessages } from '../i18n/useMessages';
import { RecipientField } from '../recipients/RecipientField';
import { recipientReadsSettled } from '../recipients/recipientReads';
import { themeStyle, type InkwellTheme } from '../theme/themes';
import { WidgetStyles } from '../theme/WidgetStyles';
import { ComposeAttachmentList, preloadAttachmentList } from './ComposeAttachmentList';
import { ComposeHeader } from './ComposeHeader';
import type { ComposeLayout } from './composeLayout';
import { composeMessages } from './composeMessages';
import { OnDemandPart } from './OnDemandPart';
import { COMPOSE_WINDOW_CSS } from './composeWindowStyles';
import { useEditorMessagesFromCatalog } from './editorCatalog';
import { OptionsMenu } from './OptionsMenu';
import { SendMenu } from './SendMenu';
import { useControllableState } from './useControllableState';
import { useSignature } from './useSignature';

const Trash2 = lucideIcon('trash-2', trash2Node);

// The dialogs load when first asked for (each its own chunk): the window shows itself without them. A pointer over,
// or focus on, the control that opens one starts its download early, so it is usually there by the click.
const sendChecksParts = createLazyModule(() => import('../send-checks/SendChecks'), {
  what: 'The send checks',
  loader: 'sendChecksParts.load',
});
const conflictParts = createLazyModule(() => import('../conflict/ConflictResolver'), {
  what: 'The conflict resolver',
  loader: 'conflictParts.load',
});
const discardParts = createLazyModule(() => import('./DiscardConfirm'), {
  what: 'The discard confirmation',
  loader: 'discardParts.load',
});
const scheduleParts = createLazyModule(() => import('./ScheduleDialog'), {
  what: 'The schedule dialog',
  loader: 'scheduleParts.load',
});
const preload = (module: LazyModule<unknown>) => void module.load().catch(() => undefined);

export interface ComposeWindowProps {
  /** What to write. @default a new message */
  intent?: ComposeIntent;
  /** Stable local id: the same id after a reload resumes the same message. */
  clientId?: string;
  /** The sender; default: the signed-in account and its aliases. */
  identity?: ComposeIdentity;
  layout?: ComposeLayout;
  defaultLayout?: ComposeLayout;
  onLayoutChange?: (layout: ComposeLayout) => void;
  /** Shows a Close button; the draft stays saved. */
  onClose?: () => void;
  /** The message left (it may still be undone from the undo toast) or was scheduled. */
  onSent?: (how: 'sent' | 'scheduled') => void;
  onDiscarded?: () => void;
  /**
   * The message is saved on the server as this draft (each save may give it a new id). A host that keeps windows
   * across sign-outs or crashes can show it again from there.
   */
  onDraftSaved?: (draftId: string) => void;
  /** "Sign in again" in the save status when the server session expired; the message is kept meanwhile. */
  onSignIn?: () => void;
  /** Applied to the window as `--ink-*` properties. */
  theme?: InkwellTheme;
  className?: string;
  style?: CSSProperties;
}

/**
 * @selector [data-layout="inline|docked|fullscreen|minimized"]
 * @selector [data-state] the compose session's state (pristine, saving, sending, scheduled…)
 */
export function ComposeWindow(props: ComposeWindowProps) {
  const account = useAccountIdentity();
  const identity = props.identity ?? account.identity;
  const t = useMessages(composeMessages);
  const { dir } = useLocale();
  if (!identity) {
    return (
      <section
        className={props.className ? `ink-compose ${props.className}` : 'ink-compose'}
        role="region"
        aria-label={t('compose.newMessage')}
        dir={dir}
        data-layout={props.layout ?? props.defaultLayout ?? 'inline'}
        data-state="loading"
      >
        <WidgetStyles id="compose-window" css={COMPOSE_WINDOW_CSS} />
        {account.error ? <p role="alert">{t('compose.accountFailed')}</p> : <p role="status">{t('compose.loading')}</p>}
      </section>
    );
  }
  return <ComposeWindowBody {...props} identity={identity} />;
}

function ComposeWindowBody({
  intent = { kind: 'new' },
  clientId,
  identity,
  layout: layoutProp,
  defaultLayout = 'inline',
  onLayoutChange,
  onClose,
  onSent,
  onDiscarded,
  onDraftSaved,
  onSignIn,
  theme,
  className,
  style,
}: ComposeWindowProps & { identity: ComposeIdentity }) {
  const t = useMessages(composeMessages);
  const { dir } = useLocale();
  const editorMessages = useEditorMessagesFromCatalog();
  const [layout, setLayout] = useControllableState(layoutProp, defaultLayout, onLayoutChange);
  const [restoreTo, setRestoreTo] = useState<ComposeLayout>(defaultLayout === 'minimized' ? 'docked' : defaultLayout);
  const compose = useCompose({
    intent,
    identity,
    ...(clientId ? { clientId } : {}),
    ...(onDraftSaved ? { onDraftSaved } : {}),
  });
  const { snapshot, draft, session } = compose;
  const from = draft.from ?? identity.from;
  const signature = useSignature(from.address);
  // A reply, forward or draft starts from HTML, and so does a signature: the composer's sanitizer loads beside the
  // session's reads instead of after them. A failed load is the composer's to report.
  const startsFromHtml = intent.kind !== 'new' || !!signature.html;
  useEffect(() => {
    if (startsFromHtml) loadComposerSanitizer().catch(() => undefined);
  }, [startsFromHtml]);
  const [shown, setShown] = useState({ cc: false, bcc: false });
  const [dialog, setDialog] = useState<'none' | 'checks' | 'discard' | 'schedule' | 'conflict'>('none');
  const [editor, setEditor] = useState<Editor | null>(null);
  const conflict = useConflictResolution(session);
  const saveStatus = useSaveStatus(session);
  const root = useRef<HTMLElement | null>(null);

  const titleId = useId();
  const subjectId = useId();
  const fromId = useId();
  const editable = isEditable(snapshot);
  const sending = snapshot.state === 'sending';
  const showCc = shown.cc || draft.cc.length > 0;
  const showBcc = shown.bcc || draft.bcc.length > 0;
  const title = draft.subject.trim() || t('compose.newMessage');
  const reopened = intent.kind === 'draft' || intent.kind === 'scheduled';
  // A reopened draft already holds its signature: a new one goes in only when the user changes sender or signature.
  const [signatureActive, setSignatureActive] = useState(!reopened);

  const changeLayout = (next: ComposeLayout) => {
    if (next !== 'minimized' && next !== 'fullscreen') setRestoreTo(next);
    else if (layout !== 'minimized' && layout !== 'fullscreen') setRestoreTo(layout);
    setLayout(next);
  };

  /** The composer reports keystrokes a frame late: hand the session the text as it is now, before it leaves. */
  const takeLatestBody = () => {
    if (editor && !editor.isDestroyed && session && isEditable(session.getSnapshot())) {
      compose.setBody(serializeComposer(editor).bodyHtml);
    }
  };

  async function send(acknowledgeWarnings: boolean) {
    // Recipients typed before the parser arrived are read first; text that cannot be read keeps the message here.
    const unread = await recipientReadsSettled(root.current);
    if (unread) {
      unread.focus();
      return;
    }
    takeLatestBody();
    const outcome = await compose.send({ acknowledgeWarnings });
    if (outcome.ok) {
      setDialog('none');
      onSent?.('sent');
    } else if (outcome.error.code === 'needs-confirmation' || outcome.error.code === 'blocked') {
      // The checks dialog names each problem; a conflict is settled in its own dialog first.
      setDialog(conflict.versions ? 'conflict' : 'checks');
    }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey) {
      event.preventDefault();
      if (editable) void send(false);
      return;
    }
    // Escape minimises a docked or full-screen window; popovers and dialogs inside handle their Escape first.
    if (event.key === 'Escape' && !event.defaultPrevented && layout !== 'inline' && layout !== 'minimized') {
      event.preventDefault();
      changeLayout('minimized');
    }
  };

  const hasContent =
    draft.to.length + draft.cc.length + draft.bcc.length > 0 ||
    draft.subject.trim() !== '' ||
    draft.attachments.length > 0 ||
    snapshot.serverId !== undefined ||
    stripTags(draft.bodyHtml) !== '';

  const closeDialog = () => setDialog('none');
  const discard = async () => {
    setDialog('none');
    await compose.discard();
    onDiscarded?.();
  };

  // A refused Send is explained by the dialog it opens, and a note would stay after the user fixed the message;
  // "offline" holds only while the browser is.
  const sendErrorCode = snapshot.sendError?.code;
  const errorCode =
    sendErrorCode === 'blocked' ||
    sendErrorCode === 'needs-confirmation' ||
    (sendErrorCode === 'offline' && !snapshot.offline)
      ? undefined
      : sendErrorCode;
  const composerReady = session && snapshot.state !== 'loading' && (!signatureActive || !signature.loading);
  // Each module loads once; a preload that failed is tried again by the next pointer or focus.
  const preloadFooter = () => {
    for (const module of [sendChecksParts, discardParts, scheduleParts]) preload(module);
  };
  const hasConflict = conflict.versions !== undefined;
  useEffect(() => {
    if (hasConflict) preload(conflictParts);
  }, [hasConflict]);
  const setRecipients = (field: 'to' | 'cc' | 'bcc', list: Recipient[]) => compose.update({ [field]: list });

  return (
    <section
      ref={root}
      role={layout === 'inline' ? 'region' : 'dialog'}
      aria-labelledby={titleId}
      aria-modal={layout === 'fullscreen' ? true : undefined}
      dir={dir}
      data-layout={layout}
      data-state={snapshot.state}
      className={className ? `ink-compose ${className}` : 'ink-compose'}
      style={theme ? { ...themeStyle(theme), ...style } : style}
      onKeyDown={onKeyDown}
      onBlur={compose.onBlur}
    >
      <WidgetStyles id="compose-window" css={COMPOSE_WINDOW_CSS} />
      <ComposeHeader
        titleId={titleId}
        title={title}
        layout={layout}
        restoreTo={restoreTo}
        onLayoutChange={changeLayout}
        onClose={onClose}
      />
      <AttachmentsRoot
        queue={session?.attachments ?? null}
        className="ink-compose-attachments-root"
        onInlineImage={(attachment) => {
          if (!editor || !attachment.contentId) return;
          editor
            .chain()
            .focus()
            .insertContent({
              type: 'inlineImage',
              attrs: { contentId: attachment.contentId, alt: attachment.name.replace(/\.[a-z0-9]+$/i, '') },
            })
            .run();
        }}
      >
        <AttachmentsDropzone className="ink-compose-body" hidden={layout === 'minimized'}>
          {snapshot.recovered ? (
            <p role="status" className="ink-compose-note">
              {t('compose.recovered')}
            </p>
          ) : null}
          {snapshot.loadError ? (
            <p role="alert" className="ink-compose-note" data-tone="danger">
              {t('compose.loadFailed')}
            </p>
          ) : null}
          {intent.kind === 'scheduled' && snapshot.state === 'scheduled' ? (
            <p role="status" className="ink-compose-note">
              {t('compose.scheduledReadOnly')}
            </p>
          ) : null}
          <div className="ink-compose-fields">
            <div className="ink-compose-row">
              <label htmlFor={fromId} className="ink-compose-label">
                {t('compose.from')}
              </label>
              <select
                id={fromId}
                className="ink-compose-select"
                value={from.address}
                disabled={!editable}
                onChange={(event) => {
                  setSignatureActive(true);
                  compose.setFrom({ name: identity.from.name, address: event.target.value });
                }}
              >
                {uniqueAddresses(identity).map((address) => (
                  <option key={address} value={address}>
                    {/* Isolated, so that a right-to-left page keeps the address's brackets in place. */}
                    {`\u2068${identity.from.name ? `${identity.from.name} <${address}>` : address}\u2069`}
                  </option>
                ))}
              </select>
              {signature.options.length ? (
                <select
                  aria-label={t('compose.signature')}
                  className="ink-compose-select"
                  data-part="signature"
                  value={signature.selectedId ?? ''}
                  disabled={!editable}
                  onChange={(event) => {
                    setSignatureActive(true);
                    signature.select(event.target.value || null);
                  }}
                >
                  <option value="">{t('compose.noSignature')}</option>
                  {signature.options.map((option) => (
                    <option key={option.id} value={option.id}>
                      {option.name}
                    </option>
                  ))}
                </select>
              ) : null}
            </div>
            <div className="ink-compose-row" data-part="to">
              <RecipientField
                field="to"
                className="ink-compose-recipients"
                value={draft.to}
                onValueChange={(list) => setRecipients('to', list)}
                disabled={!editable}
              />
              <div className="ink-compose-copies">
                {showCc ? null : (
                  <button
                    type="button"
                    className="ink-compose-link"
                    onClick={() => setShown((s) => ({ ...s, cc: true }))}
                  >
                    {t('compose.addCc')}
                  </button>
                )}
                {showBcc ? null : (
                  <button
                    type="button"
                    className="ink-compose-link"
                    onClick={() => setShown((s) => ({ ...s, bcc: true }))}
                  >
                    {t('compose.addBcc')}
                  </button>
                )}
              </div>
            </div>
            {(['cc', 'bcc'] as const)
              .filter((field) => (field === 'cc' ? showCc : showBcc))
              .map((field) => (
                <div key={field} className="ink-compose-row">
                  <RecipientField
                    field={field}
                    className="ink-compose-recipients"
                    value={draft[field]}
                    onValueChange={(list) => setRecipients(field, list)}
                    disabled={!editable}
                  />
                </div>
              ))}
            <div className="ink-compose-row">
              <label htmlFor={subjectId} className="ink-compose-label">
                {t('compose.subject')}
              </label>
              <input
                id={subjectId}
                type="text"
                className="ink-compose-input"
                value={draft.subject}
                disabled={!editable}
                onChange={(event) => compose.setSubject(event.target.value)}
                onKeyDown={(event) => {
                  // Enter never sends: it moves on to the message.
                  if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
                    event.preventDefault();
                    focusBody(root.current);
                  }
                }}
              />
            </div>
          </div>
          {composerReady ? (
            <Composer
              queue={session.attachments}
              senderDomain={domainOf(from.address)}
              initialHtml={draft.bodyHtml}
              signatureHtml={signatureActive ? signature.html : undefined}
              ariaLabel={t('compose.body')}
              placeholder={t('compose.bodyPlaceholder')}
              editable={editable}
              messages={editorMessages}
              onEditor={setEditor}
              onChange={(serialized) => {
                if (isEditable(session.getSnapshot())) compose.setBody(serialized.bodyHtml);
              }}
            />
          ) : (
            <p role="status" className="ink-compose-note">
              {intent.kind === 'forward' || intent.kind === 'reply' || intent.kind === 'replyAll'
                ? t('compose.copying')
                : t('compose.loading')}
            </p>
          )}
          <ComposeAttachmentList className="ink-compose-attachment-list" />
          {errorCode ? (
            <p role="alert" className="ink-compose-note" data-tone="danger">
              {t(`compose.error.${errorCode}`)}
            </p>
          ) : null}
          <footer className="ink-compose-footer" onPointerEnter={preloadFooter} onFocus={preloadFooter}>
            <SendMenu
              sending={sending}
              disabled={!editable}
              onSend={() => void send(false)}
              onSchedule={() => setDialog('schedule')}
            />
            <AttachmentsTrigger
              className="ink-compose-attach"
              disabled={!editable}
              onPointerEnter={preloadAttachmentList}
              onFocus={preloadAttachmentList}
            />
            <OptionsMenu
              importance={draft.importance}
              disabled={!editable}
              onImportance={(importance) => compose.update({ importance })}
            />
            <DraftStatus
              className="ink-compose-status"
              state={saveStatus.state}
              savedAt={saveStatus.savedAt}
              reason={saveStatus.reason}
              retrying={saveStatus.retrying}
              pending={saveStatus.pending}
              notKept={saveStatus.notKept}
              onRetry={saveStatus.onRetry}
              onSignIn={onSignIn}
              onResolveConflict={conflict.versions ? () => setDialog('conflict') : undefined}
            />
            <button
              type="button"
              className="ink-compose-icon-button"
              data-part="discard"
              aria-label={t('compose.discard')}
              disabled={sending}
              onClick={() => (hasContent ? setDialog('discard') : void discard())}
            >
              <Trash2 aria-hidden="true" size={16} />
            </button>
          </footer>
        </AttachmentsDropzone>
      </AttachmentsRoot>
      {dialog === 'checks' ? (
        <OnDemandPart module={sendChecksParts} onClose={closeDialog}>
          {({ SendChecksDialog }) => (
            <SendChecksDialog
              checks={compose.checks}
              open
              onOpenChange={(open) => {
                if (!open) closeDialog();
              }}
              onSendAnyway={() => void send(true)}
            />
          )}
        </OnDemandPart>
      ) : null}
      {dialog === 'conflict' && conflict.versions ? (
        <OnDemandPart module={conflictParts} onClose={closeDialog}>
          {({ ConflictResolver }) =>
            conflict.versions ? (
              <ConflictResolver
                versions={conflict.versions}
                onResolve={(choice) => {
                  conflict.resolve(choice);
                  closeDialog();
                }}
                onCancel={closeDialog}
              />
            ) : null
          }
        </OnDemandPart>
      ) : null}
      {dialog === 'discard' ? (
        <OnDemandPart module={discardParts} onClose={closeDialog}>
          {({ DiscardConfirm }) => <DiscardConfirm onConfirm={() => void discard()} onCancel={closeDialog} />}
        </OnDemandPart>
      ) : null}
      {dialog === 'schedule' ? (
        <OnDemandPart module={scheduleParts} onClose={closeDialog}>
          {({ ScheduleDialog }) => (
            <ScheduleDialog
              onClose={closeDialog}
              clockSkew={snapshot.clockSkew}
              onSchedule={async (instant) => {
                takeLatestBody();
                const outcome = await compose.schedule(instant.epochSeconds, { acknowledgeWarnings: true });
                if (outcome.ok) {
                  closeDialog();
                  onSent?.('scheduled');
                } else if (outcome.error.code === 'blocked') {
                  setDialog(conflict.versions ? 'conflict' : 'checks');
                }
                return outcome;
              }}
            />
          )}
        </OnDemandPart>
      ) : null}
    </section>
  );
}

function uniqueAddresses(identity: ComposeIdentity): string[] {
  const seen = new Set<string>();
  const list: string[] = [];
  for (const address of [identity.from.address, ...identity.ownAddresses]) {
    const key = address.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      list.push(address);
    }
  }
  return list;
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1) || 'localhost';
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&nbsp;|\s/g, '');
}

function focusBody(root: HTMLElement | null) {
  root?.querySelector<HTMLElement>('[contenteditable="true"]')?.focus();
}
