import { MutationObserver, type QueryClient, type UseMutationOptions } from '@tanstack/react-query';
import type { AxigenClient } from '@inkwell/axigen-client';
import { composeMutations } from './compose-mutations';

type Tracked = Pick<
  AxigenClient,
  | 'createDraft'
  | 'replaceDraft'
  | 'send'
  | 'sendDraft'
  | 'undoSend'
  | 'scheduleSend'
  | 'scheduleSendDraft'
  | 'cancelScheduledSend'
  | 'uploadTemporaryAttachments'
  | 'deleteTemporaryAttachment'
  | 'storeInQueue'
>;

/**
 * The client a compose session gets from `useCompose`: every compose call also runs as a mutation of the
 * QueryClient, under the same `mutationKey` as `composeMutations`, so `useMutationState` shows the session's
 * saves and sends beside the app's own, and the same queries are invalidated afterwards.
 *
 * The session keeps control: its request options (abort signals, upload progress) reach the client unchanged;
 * `networkMode: 'always'` keeps TanStack from pausing a call offline (the session has its own offline handling);
 * no scope is set (the session already orders its calls); invalidation runs without delaying the session.
 */
export function trackComposeCalls(client: AxigenClient, queryClient: QueryClient): AxigenClient {
  const run = <TData, TVariables>(
    base: UseMutationOptions<TData, Error, TVariables>,
    variables: TVariables,
    call: () => Promise<TData>,
  ): Promise<TData> => {
    const observer = new MutationObserver(queryClient, {
      ...base,
      mutationFn: call,
      networkMode: 'always',
      retry: false,
      scope: undefined,
      onSettled: (...args) => {
        void base.onSettled?.(...args);
      },
    });
    return observer.mutate(variables);
  };
  const m = composeMutations;
  const tracked: Tracked = {
    createDraft: (input, opts) => run(m.createDraft(client), input, () => client.createDraft(input, opts)),
    replaceDraft: (mailId, input, opts) =>
      run(m.replaceDraft(client), { mailId, input }, () => client.replaceDraft(mailId, input, opts)),
    send: (input, opts) => run(m.send(client), input, () => client.send(input, opts)),
    sendDraft: (mailId, opts) => run(m.sendDraft(client), { mailId }, () => client.sendDraft(mailId, opts)),
    undoSend: (args, opts) => run(m.undoSend(client), args, () => client.undoSend(args, opts)),
    scheduleSend: (input, opts) => run(m.scheduleSend(client), input, () => client.scheduleSend(input, opts)),
    scheduleSendDraft: (mailId, deliveryTime, opts) =>
      run(m.scheduleSendDraft(client), { mailId, deliveryTime }, () =>
        client.scheduleSendDraft(mailId, deliveryTime, opts),
      ),
    cancelScheduledSend: (mailId, opts) =>
      run(m.cancelScheduledSend(client), { mailId }, () => client.cancelScheduledSend(mailId, opts)),
    uploadTemporaryAttachments: (files, opts) =>
      run(m.uploadTemporaryAttachments(client), { files }, () => client.uploadTemporaryAttachments(files, opts)),
    deleteTemporaryAttachment: (id, opts) =>
      run(m.deleteTemporaryAttachment(client), { id }, () => client.deleteTemporaryAttachment(id, opts)),
    storeInQueue: (mailId, opts) => run(m.storeInQueue(client), { mailId }, () => client.storeInQueue(mailId, opts)),
  };
  // A Proxy rather than a spread: the client may be a class instance with getters (`sessionId`) and methods.
  return new Proxy(client, {
    get(target, property) {
      if (typeof property === 'string' && Object.hasOwn(tracked, property)) {
        return tracked[property as keyof Tracked];
      }
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
