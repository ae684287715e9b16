import { useMutation, useMutationState, useQuery } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { Mail, ReplaceDraftInput } from '@inkwell/axigen-client';
import { composeMutationKeys } from '../keys/compose-mutation-keys';
import { mailKeys } from '../keys/mail-keys';
import { mailQueries } from '../queries/mail-queries';
import { createEmulatorEnv, type EmulatorEnv } from '../test/emulator-env';
import { composeMutations } from './compose-mutations';

let env: EmulatorEnv;
beforeEach(async () => {
  env = await createEmulatorEnv();
});

const bob = { name: 'Bob Builder', address: 'bob@inkwell.test' };

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('composeMutations', () => {
  test('a pending send is visible to useMutationState by its key, then leaves the pending list', async () => {
    const gate = deferred();
    const realSend = env.client.send.bind(env.client);
    vi.spyOn(env.client, 'send').mockImplementation(async (input, opts) => {
      await gate.promise;
      return realSend(input, opts);
    });
    const { result } = renderHook(
      () => ({
        send: useMutation(composeMutations.send(env.client, { draftId: 'd1' })),
        sending: useMutationState({
          filters: { mutationKey: composeMutationKeys.send(), status: 'pending' },
          select: (mutation) => mutation.state.variables,
        }),
        everything: useMutationState({ filters: { mutationKey: composeMutationKeys.all() } }),
      }),
      { wrapper: env.wrapper },
    );
    const input = { to: [bob], subject: 'Shed', bodyHtml: '<p>Hi</p>' };
    act(() => result.current.send.mutate(input));
    await waitFor(() => expect(result.current.sending).toEqual([input]));
    expect(result.current.everything).toHaveLength(1);
    gate.resolve();
    await waitFor(() => expect(result.current.send.status).toBe('success'));
    expect(result.current.sending).toEqual([]);
    expect(result.current.send.data).toMatchObject({ undoable: true, processingId: expect.any(Number) });
  });

  test('sendDraft is listed under send(), but not under scheduleSend()', async () => {
    const { result } = renderHook(
      () => ({
        sendDraft: useMutation(composeMutations.sendDraft(env.client)),
        sends: useMutationState({ filters: { mutationKey: composeMutationKeys.send() } }),
        schedules: useMutationState({ filters: { mutationKey: composeMutationKeys.schedule() } }),
      }),
      { wrapper: env.wrapper },
    );
    act(() => result.current.sendDraft.mutate({ mailId: 'unknown' }));
    await waitFor(() => expect(result.current.sends).toHaveLength(1));
    expect(result.current.schedules).toHaveLength(0);
  });

  test('mutations of one draft run in order: a send waits for the save before it', async () => {
    const { result: created } = renderHook(() => useMutation(composeMutations.createDraft(env.client)), {
      wrapper: env.wrapper,
    });
    let draft: Mail | undefined;
    await act(async () => {
      draft = await created.current.mutateAsync({ to: [bob], subject: 'First' });
    });
    const mailId = draft!.id;
    expect(env.queryClient.getQueryData(mailKeys.mail(mailId))).toEqual(draft);

    const gate = deferred();
    const realReplace = env.client.replaceDraft.bind(env.client);
    const replaced: Mail[] = [];
    vi.spyOn(env.client, 'replaceDraft').mockImplementation(async (id: string, input: ReplaceDraftInput) => {
      await gate.promise;
      const mail = await realReplace(id, input);
      replaced.push(mail);
      return mail;
    });
    const sendDraft = vi.spyOn(env.client, 'sendDraft');
    const { result } = renderHook(
      () => ({
        replace: useMutation(composeMutations.replaceDraft(env.client, { draftId: 'd2' })),
        send: useMutation(composeMutations.sendDraft(env.client, { draftId: 'd2' })),
      }),
      { wrapper: env.wrapper },
    );
    act(() => result.current.replace.mutate({ mailId, input: { to: [bob], subject: 'Final' } }));
    act(() => result.current.send.mutate({ mailId }));
    await waitFor(() => expect(result.current.send.isPaused).toBe(true));
    expect(sendDraft).not.toHaveBeenCalled();
    gate.resolve();
    await waitFor(() => expect(result.current.send.status).not.toBe('pending'));
    // The emulator may give the replaced draft a new id; the send used the id the caller passed.
    expect(sendDraft).toHaveBeenCalledTimes(1);
    expect(replaced).toHaveLength(1);
  });

  test('settling invalidates the folder list and the mails involved', async () => {
    const { result: reads } = renderHook(() => useQuery(mailQueries.folders(env.client)), { wrapper: env.wrapper });
    await waitFor(() => expect(reads.current.status).toBe('success'));
    const { result } = renderHook(() => useMutation(composeMutations.createDraft(env.client)), {
      wrapper: env.wrapper,
    });
    let draft: Mail | undefined;
    await act(async () => {
      draft = await result.current.mutateAsync({ to: [bob], subject: 'Stale?' });
    });
    env.queryClient.setQueryData(mailKeys.body(draft!.id, 'html'), { content: 'old' } as never);
    const { result: send } = renderHook(() => useMutation(composeMutations.sendDraft(env.client)), {
      wrapper: env.wrapper,
    });
    await act(async () => {
      await send.current.mutateAsync({ mailId: draft!.id });
    });
    expect(env.queryClient.getQueryState(mailKeys.body(draft!.id, 'html'))?.isInvalidated).toBe(true);
    expect(env.queryClient.getQueryState(mailKeys.folders())?.dataUpdateCount).toBe(3);
  });

  test('an empty draft id is refused at once', () => {
    expect(() => composeMutations.send(env.client, { draftId: '' })).toThrow(
      'composeMutations: draftId must not be empty',
    );
  });
});
