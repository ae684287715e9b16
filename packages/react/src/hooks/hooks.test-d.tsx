import type React from 'react';
import type { AxigenClient, Recipient } from '@inkwell/axigen-client';
import type {
  AttachmentQueue,
  ComposeIdentity,
  ComposeSession,
  ComposeSnapshot,
  ComposeState,
  Draft,
  DraftAttachment,
  ScheduledSend,
  SendOutbox,
  SendOutcome,
  ServerClock,
} from '@inkwell/compose-core';
import { InkwellProvider } from '../provider/InkwellProvider';
import { useInkwellClient } from '../provider/useInkwellClient';
import { useSendOutbox } from '../provider/useSendOutbox';
import { useServerClock } from '../provider/useServerClock';
import { useAccountIdentity } from './useAccountIdentity';
import { useAttachmentQueue } from './useAttachmentQueue';
import { useCompose } from './useCompose';
import { useDraftStatus } from './useDraftStatus';
import { useScheduledSend } from './useScheduledSend';
import { useUndoSend } from './useUndoSend';

declare const client: AxigenClient;
declare const session: ComposeSession;
declare const queue: AttachmentQueue;

describe('provider', () => {
  test('takes a client and optional parts', () => {
    expectTypeOf(InkwellProvider).parameter(0).toHaveProperty('client').toEqualTypeOf<AxigenClient>();
    void (<InkwellProvider client={client}>x</InkwellProvider>);
    // @ts-expect-error the client is required
    void (<InkwellProvider>x</InkwellProvider>);
    // @ts-expect-error misspelt prop
    void (<InkwellProvider client={client} queryclient={undefined} />);
    expectTypeOf(useInkwellClient()).toEqualTypeOf<AxigenClient>();
    expectTypeOf(useSendOutbox()).toEqualTypeOf<SendOutbox>();
    expectTypeOf(useServerClock()).toEqualTypeOf<ServerClock | undefined>();
  });
});

describe('useCompose', () => {
  test('mirrors the session', () => {
    const compose = useCompose({ intent: { kind: 'reply', mailId: 'm1' } });
    expectTypeOf(compose.state).toEqualTypeOf<ComposeState>();
    expectTypeOf(compose.snapshot).toEqualTypeOf<ComposeSnapshot>();
    expectTypeOf(compose.draft).toEqualTypeOf<Draft>();
    expectTypeOf(compose.session).toEqualTypeOf<ComposeSession | undefined>();
    expectTypeOf(compose.setTo).parameter(0).toEqualTypeOf<Recipient[]>();
    expectTypeOf(compose.setSubject).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(compose.send()).toEqualTypeOf<Promise<SendOutcome>>();
    expectTypeOf(compose.schedule).parameter(0).toEqualTypeOf<number>();
    expectTypeOf(compose.attachments.items).toEqualTypeOf<readonly DraftAttachment[]>();
    expectTypeOf(compose.status.state).toEqualTypeOf<'idle' | 'saving' | 'saved' | 'failed' | 'offline'>();
    expectTypeOf(compose.onBlur).toBeCallableWith();
    expectTypeOf(compose.onBlur).toBeCallableWith({} as React.FocusEvent<HTMLFormElement>);
  });

  test('rejects bad options', () => {
    // @ts-expect-error a reply needs the mail it answers
    useCompose({ intent: { kind: 'reply' } });
    // @ts-expect-error there is no such intent
    useCompose({ intent: { kind: 'bounce', mailId: 'm1' } });
    // @ts-expect-error misspelt option
    useCompose({ intent: { kind: 'new' }, autosaveDelay: 100 });
    const compose = useCompose({ intent: { kind: 'new', initial: { subject: 'Hi' } } });
    // @ts-expect-error recipients are structured, not strings
    compose.setTo(['a@b.c']);
    // @ts-expect-error attachments change through `attachments`, not update
    compose.update({ attachments: [] });
  });
});

describe('small hooks', () => {
  test('useUndoSend counts down', () => {
    const { items, undo, dismiss } = useUndoSend();
    expectTypeOf(items[0]!.secondsLeft).toEqualTypeOf<number>();
    expectTypeOf(items[0]!.processingId).toEqualTypeOf<number>();
    expectTypeOf(undo('undo:1')).toEqualTypeOf<Promise<{ mailId?: string }>>();
    expectTypeOf(dismiss).toEqualTypeOf<(id: string) => void>();
    // @ts-expect-error misspelt option
    useUndoSend({ clock: Date.now });
  });

  test('useScheduledSend lists and cancels', () => {
    const { items, cancel } = useScheduledSend();
    expectTypeOf(items).toEqualTypeOf<ScheduledSend[]>();
    expectTypeOf(cancel('scheduled:m1')).toEqualTypeOf<Promise<{ mailId: string }>>();
  });

  test('useAttachmentQueue binds a queue', () => {
    const attachments = useAttachmentQueue(queue);
    expectTypeOf(attachments.items).toEqualTypeOf<readonly DraftAttachment[]>();
    expectTypeOf(attachments.add).returns.toEqualTypeOf<DraftAttachment>();
    expectTypeOf(useAttachmentQueue(undefined).items).toEqualTypeOf<readonly DraftAttachment[]>();
    // @ts-expect-error a queue, not a list
    useAttachmentQueue([]);
  });

  // The same shapes as `@inkwell/ui`'s DraftStatusProps (ui depends on this package, not the other way round).
  test('useDraftStatus fits the DraftStatus widget', () => {
    const status = useDraftStatus(session);
    expectTypeOf(status.state).toEqualTypeOf<'idle' | 'saving' | 'saved' | 'failed' | 'offline'>();
    expectTypeOf(status.savedAt).toEqualTypeOf<Date | undefined>();
    expectTypeOf(status.reason).toEqualTypeOf<string | undefined>();
    expectTypeOf(status.retry).toEqualTypeOf<() => void>();
    // @ts-expect-error a session, not a snapshot
    useDraftStatus(session.getSnapshot());
  });

  test('useAccountIdentity gives an identity once loaded', () => {
    const { identity, error } = useAccountIdentity();
    expectTypeOf(identity).toEqualTypeOf<ComposeIdentity | undefined>();
    expectTypeOf(error).toEqualTypeOf<Error | null>();
  });
});
