'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { AxigenClient, Recipient } from '@inkwell/axigen-client';
import {
  createComposeSession,
  isEditable,
  type ComposeIdentity,
  type ComposeSession,
  type ComposeSessionOptions,
  type ComposeSnapshot,
  type ComposeState,
  type ConflictChoice,
  type ConflictInfo,
  type Draft,
  type SendOptions,
  type SendOutbox,
} from '@inkwell/compose-core';
import { trackComposeCalls } from '../mutations/track-compose-calls';
import { useInkwell } from '../provider/useInkwell';
import { closeSession } from './close-session';
import { createSessionHandle, placeholderSnapshot } from './session-handle';
import { useAttachmentQueue, type UseAttachmentQueueResult } from './useAttachmentQueue';
import { useDraftStatus, type DraftStatusResult } from './useDraftStatus';

export interface UseComposeOptions extends Omit<ComposeSessionOptions, 'client' | 'identity' | 'outbox'> {
  /** Default: the provider's identity. One of the two is required. */
  identity?: ComposeIdentity;
  /** Default: the provider's client. */
  client?: AxigenClient;
  /** Default: the provider's outbox. */
  outbox?: SendOutbox;
  /**
   * The message is saved on the server as this draft (a save may give it a new id). Also called for a save that
   * ends after the view unmounted (it finishes before the session is disposed): a host keeping views across a
   * sign-out learns where the text went.
   */
  onDraftSaved?: (draftId: string) => void;
}

type DraftFields = Partial<Omit<Draft, 'attachments'>>;

/** The part of a (React or DOM) focus event `onBlur` reads. */
export interface FocusLeave {
  currentTarget: EventTarget | null;
  relatedTarget: EventTarget | null;
}

const staysInside = ({ currentTarget, relatedTarget }: FocusLeave) =>
  currentTarget instanceof Node && relatedTarget instanceof Node && currentTarget.contains(relatedTarget);

export interface UseComposeResult {
  state: ComposeState;
  snapshot: ComposeSnapshot;
  draft: Draft;
  /** The session itself, once the view has mounted (for `useDraftStatus`, the editor's attachment binding…). */
  session: ComposeSession | undefined;
  setTo: (to: Recipient[]) => void;
  setCc: (cc: Recipient[]) => void;
  setBcc: (bcc: Recipient[]) => void;
  setSubject: (subject: string) => void;
  /** The composer's HTML. */
  setBody: (html: string) => void;
  setFrom: (from: Recipient) => void;
  /** Several fields at once. */
  update: (patch: DraftFields) => void;
  save: ComposeSession['save'];
  send: (options?: SendOptions) => ReturnType<ComposeSession['send']>;
  undo: ComposeSession['undo'];
  /** Unix seconds. */
  schedule: (epochSeconds: number, options?: SendOptions) => ReturnType<ComposeSession['schedule']>;
  cancelSchedule: ComposeSession['cancelSchedule'];
  discard: ComposeSession['discard'];
  /**
   * The same draft was changed in another tab: what differs, field by field (`conflict.fields.to/cc/bcc/subject/
   * body`, each `{ mine, theirs }`). Autosave waits until `resolveConflict`.
   */
  conflict: ConflictInfo | undefined;
  /** `'mine'`, `'theirs'`, or per field: `{ to: 'merge', subject: 'theirs', body: 'mine' }`. */
  resolveConflict: (choice: ConflictChoice) => void;
  attachments: UseAttachmentQueueResult;
  /** Pre-send checks of the current draft. */
  checks: ComposeSnapshot['checks'];
  /** Autosave status, shaped like `@inkwell/ui`'s `DraftStatus` props. */
  status: DraftStatusResult;
  /**
   * Give to the compose view's `onBlur`: focus leaving the view saves at once. Focus moving between fields of the
   * view (the event's `relatedTarget` is inside `currentTarget`) is not leaving it.
   */
  onBlur: (event?: FocusLeave) => void;
}

/**
 * One compose view: a compose session created when the view mounts (once, also under StrictMode) and disposed when
 * it unmounts; an undo window it opened keeps running in the outbox. The options are read once: to open another
 * message, remount with another `key`.
 */
export function useCompose(options: UseComposeOptions): UseComposeResult {
  const context = useInkwell();
  const queryClient = useQueryClient();
  const onDraftSaved = useRef(options.onDraftSaved);
  onDraftSaved.current = options.onDraftSaved;
  const [handle] = useState(() => {
    const identity = options.identity ?? context.identity;
    if (!identity) {
      throw new Error('useCompose needs an identity (the From address): pass `identity` to it or to InkwellProvider.');
    }
    const initial = options.intent.kind === 'new' ? options.intent.initial : undefined;
    const { onDraftSaved: _report, ...sessionOptions } = options;
    return createSessionHandle(
      (resume) =>
        reportDraftId(
          createComposeSession({
            ...sessionOptions,
            // Tracked, so `useMutationState` shows this view's saves and sends too.
            client: trackComposeCalls(options.client ?? context.client, queryClient),
            outbox: options.outbox ?? context.outbox,
            identity,
            serverClock: options.serverClock ?? context.serverClock,
            // Shown again after `<Activity>` hid it: the same journal entry, and the server draft the close saved.
            ...(resume && {
              clientId: resume.clientId,
              ...(resume.serverId !== undefined && { intent: { kind: 'draft' as const, mailId: resume.serverId } }),
            }),
          }),
          (draftId) => onDraftSaved.current?.(draftId),
        ),
      placeholderSnapshot(initial, options.clientId),
    );
  });

  // A layout effect, so the session exists before the first paint: the user never sees the placeholder.
  useLayoutEffect(() => {
    handle.acquire();
    return () => handle.release((session) => closeSession(session));
  }, [handle]);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') handle.getState().session?.notify('hidden');
    };
    // The page may be going away: the session writes the text synchronously and does not start a create whose
    // answer could never reach it (the reloaded view finds the text and creates the draft).
    const onPageHide = () => handle.getState().session?.notify('hidden');
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [handle]);

  const { session, snapshot } = useSyncExternalStore(handle.subscribe, handle.getState, handle.getState);
  const queue = useAttachmentQueue(session?.attachments);
  const status = useDraftStatus(session);

  // Actions go through `ensure()`: a child's effect may act before this hook's layout effect has run.
  const actions = useMemo(() => {
    const update = (patch: DraftFields) => handle.ensure().update(patch);
    return {
      update,
      setTo: (to: Recipient[]) => update({ to }),
      setCc: (cc: Recipient[]) => update({ cc }),
      setBcc: (bcc: Recipient[]) => update({ bcc }),
      setSubject: (subject: string) => update({ subject }),
      setFrom: (from: Recipient) => update({ from }),
      setBody: (html: string) => handle.ensure().setBodyHtml(html),
      save: () => handle.ensure().save(),
      send: (sendOptions?: SendOptions) => handle.ensure().send(sendOptions),
      undo: () => handle.ensure().undo(),
      schedule: (epochSeconds: number, sendOptions?: SendOptions) =>
        handle.ensure().schedule(epochSeconds, sendOptions),
      cancelSchedule: () => handle.ensure().cancelSchedule(),
      discard: () => handle.ensure().discard(),
      resolveConflict: (choice: ConflictChoice) => handle.ensure().resolveConflict(choice),
      onBlur: (event?: FocusLeave) => {
        if (event && staysInside(event)) return;
        handle.getState().session?.notify('blur');
      },
      attachments: {
        add: (...args: Parameters<UseAttachmentQueueResult['add']>) => handle.ensure().attachments.add(...args),
        remove: (localId: string) => handle.ensure().attachments.remove(localId),
        retry: (localId: string) => handle.ensure().attachments.retry(localId),
        cancel: (localId: string) => handle.ensure().attachments.cancel(localId),
        setInline: (localId: string, inline: boolean) => handle.ensure().attachments.setInline(localId, inline),
        previewUrl: (localId: string) => handle.getState().session?.attachments.previewUrl(localId),
      },
    };
  }, [handle]);

  const attachments = useMemo(() => ({ ...actions.attachments, items: queue.items }), [actions, queue.items]);

  return {
    ...actions,
    state: snapshot.state,
    snapshot,
    draft: snapshot.draft,
    session,
    attachments,
    checks: snapshot.checks,
    conflict: snapshot.conflict,
    status,
  };
}

/** Calls `report` with each new server draft id while the message is being written (not once it is sent). */
function reportDraftId(session: ComposeSession, report: (draftId: string) => void): ComposeSession {
  let last: string | undefined;
  session.subscribe(() => {
    const snapshot = session.getSnapshot();
    if (!isEditable(snapshot) || snapshot.serverId === undefined || snapshot.serverId === last) return;
    last = snapshot.serverId;
    report(last);
  });
  return session;
}
