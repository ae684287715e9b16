import { useMutation, useMutationState, type Mutation } from '@tanstack/react-query';
import type {
  AxigenClient,
  Mail,
  MailIdResponse,
  SendResult,
  TemporaryAttachmentsResponse,
  UndoSendResponse,
  AttachmentInstance,
} from '@inkwell/axigen-client';
import { composeMutationKeys } from '../keys/compose-mutation-keys';
import { composeMutations } from './compose-mutations';

declare const client: AxigenClient;

describe('mutation factories', () => {
  test('each gives its endpoint result', () => {
    expectTypeOf(useMutation(composeMutations.createDraft(client)).data).toEqualTypeOf<Mail | undefined>();
    expectTypeOf(useMutation(composeMutations.replaceDraft(client)).data).toEqualTypeOf<Mail | undefined>();
    expectTypeOf(useMutation(composeMutations.send(client)).data).toEqualTypeOf<SendResult | undefined>();
    expectTypeOf(useMutation(composeMutations.sendDraft(client)).data).toEqualTypeOf<SendResult | undefined>();
    expectTypeOf(useMutation(composeMutations.undoSend(client)).data).toEqualTypeOf<UndoSendResponse | undefined>();
    expectTypeOf(useMutation(composeMutations.scheduleSend(client)).data).toEqualTypeOf<MailIdResponse | undefined>();
    expectTypeOf(useMutation(composeMutations.scheduleSendDraft(client)).data).toEqualTypeOf<
      MailIdResponse | undefined
    >();
    expectTypeOf(useMutation(composeMutations.cancelScheduledSend(client)).data).toEqualTypeOf<
      MailIdResponse | undefined
    >();
    expectTypeOf(useMutation(composeMutations.uploadTemporaryAttachments(client)).data).toEqualTypeOf<
      TemporaryAttachmentsResponse | undefined
    >();
    expectTypeOf(useMutation(composeMutations.deleteTemporaryAttachment(client)).data).toEqualTypeOf<
      void | undefined
    >();
    expectTypeOf(useMutation(composeMutations.storeInQueue(client)).data).toEqualTypeOf<
      { items: AttachmentInstance[] } | undefined
    >();
  });

  test('variables are checked', () => {
    const replace = useMutation(composeMutations.replaceDraft(client, { draftId: 'd1' }));
    replace.mutate({ mailId: 'm1', input: { subject: 'Hi' } });
    // @ts-expect-error the mail id is required
    replace.mutate({ input: { subject: 'Hi' } });
    const schedule = useMutation(composeMutations.scheduleSendDraft(client));
    // @ts-expect-error deliveryTime is unix seconds, a number
    schedule.mutate({ mailId: 'm1', deliveryTime: new Date() });
    const send = useMutation(composeMutations.send(client));
    // @ts-expect-error recipients are structured, not header strings
    send.mutate({ to: 'a@b.c' });
  });

  test('options are checked', () => {
    // @ts-expect-error misspelt option
    composeMutations.send(client, { draftID: 'd1' });
    expectTypeOf(composeMutations.send(client).mutationKey).toEqualTypeOf<readonly unknown[]>();
  });

  test('mutation keys filter useMutationState', () => {
    const sending = useMutationState({
      filters: { mutationKey: composeMutationKeys.send(), status: 'pending' },
      select: (mutation) => mutation.state.variables,
    });
    expectTypeOf(sending).toEqualTypeOf<unknown[]>();
    expectTypeOf(composeMutationKeys.sendDraft()).toEqualTypeOf<readonly ['inkwell', 'compose', 'send', 'draft']>();
    expectTypeOf<Mutation>().toHaveProperty('state');
  });
});
