import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { Activity, useState } from 'react';
import type { EmulatorState } from '@inkwell/axigen-emulator/node';
import { createComposeSession } from '@inkwell/compose-core';
import { createServerClock } from '@inkwell/compose-core/schedule';
import type * as ComposeCore from '@inkwell/compose-core';
import { InkwellProvider } from '../provider/InkwellProvider';
import { ComposeView, UndoToast } from '../test/ComposeView';
import { ErrorBoundary } from '../test/ErrorBoundary';
import { createEmulatorEnv, type EmulatorEnv } from '../test/emulator-env';
import { installFakeClock } from '../test/fake-clock';
import { seedInbox } from '../test/seed-mails';
import { settle, until } from '../test/until';
import { useCompose } from './useCompose';

// Passed through, only counted: StrictMode must not create a second session.
vi.mock('@inkwell/compose-core', async (importOriginal) => {
  const original = await importOriginal<typeof ComposeCore>();
  return { ...original, createComposeSession: vi.fn(original.createComposeSession) };
});

const DRAFTS = '80_115';
installFakeClock();
let env: EmulatorEnv;
beforeEach(async () => {
  env = await createEmulatorEnv();
});
afterEach(() => {
  vi.mocked(createComposeSession).mockClear();
  vi.unstubAllGlobals();
});

// fireEvent rather than user-event: user-event's own delays do not run under fake timers.
const type = (name: string, value: string) =>
  act(() => {
    fireEvent.change(screen.getByRole('textbox', { name }), { target: { value } });
  });
const click = (name: string | RegExp) =>
  act(() => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const drafts = (): EmulatorState['mails'] =>
  env.emulator.snapshot().mails.filter((m) => m.account === 'alice@inkwell.test' && m.folderId === DRAFTS);
const composeState = () => screen.getByRole('status', { name: 'Compose state' }).textContent;
const draftStatus = () => screen.getByRole('status', { name: 'Draft' }).textContent;

function typeMessage(subject: string) {
  type('To', 'bob@inkwell.test');
  type('Subject', subject);
  type('Body', '<p>Hello Bob</p>');
}

describe('useCompose', () => {
  test('typing → autosave → send → undo countdown → undo reopens the draft', async () => {
    const before = drafts().length;
    render(
      <>
        <ComposeView />
        <UndoToast />
      </>,
      { wrapper: env.wrapper },
    );
    await until(() => composeState() === 'pristine', 'the session is ready');
    typeMessage('Tea');
    expect(composeState()).toBe('dirty');
    expect(drafts()).toHaveLength(before);

    await advance(2000);
    await until(() => draftStatus() === 'saved', 'the autosave');
    expect(drafts()).toHaveLength(before + 1);

    click('Send');
    await until(() => composeState() === 'undoable', 'the send');
    const undo = screen.getByRole('button', { name: /^Undo \(\d+ s\)$/ });
    const first = Number(/\d+/.exec(undo.textContent ?? '')?.[0]);
    expect(first).toBeGreaterThanOrEqual(8);
    expect(first).toBeLessThanOrEqual(9);
    expect(screen.getByRole('listitem')).toHaveTextContent('Tea sent');

    await advance(1000);
    expect(screen.getByRole('button', { name: `Undo (${first - 1} s)` })).toBeInTheDocument();
    await advance(1000);
    expect(screen.getByRole('button', { name: `Undo (${first - 2} s)` })).toBeInTheDocument();

    click(/^Undo/);
    await until(() => composeState() === 'saved' || composeState() === 'dirty', 'the reopened draft');
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('Tea');
    expect(screen.getByRole('textbox', { name: 'To' })).toHaveValue('bob@inkwell.test');

    // The message never leaves: past the server's window nothing is delivered.
    await act(() => env.emulator.controls.advanceClock(15_000));
    expect(env.emulator.controls.rawOutbox()).toEqual([]);
  });

  test('a reply opens prefilled from the mail it answers, and sends as a reply', async () => {
    const { teaParty } = await seedInbox(env.emulator);
    render(<ComposeView options={{ intent: { kind: 'reply', mailId: teaParty } }} />, { wrapper: env.wrapper });
    await until(() => composeState() === 'pristine', 'the prefill');
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('Re: Tea at six');
    expect(screen.getByRole('textbox', { name: 'To' })).toHaveValue('hatter@teaparty.example');
    click('Send');
    await until(() => composeState() === 'undoable', 'the send');
    await act(() => env.emulator.controls.advanceClock(15_000));
    const [delivered] = env.emulator.controls.rawOutbox();
    expect(delivered?.raw).toMatch(/^In-Reply-To: <.+>/m);
    expect(delivered?.envelope.to).toEqual(['hatter@teaparty.example']);
  });

  test('StrictMode mounts twice but creates one session and one draft', async () => {
    const createDraft = vi.spyOn(env.client, 'createDraft');
    const before = drafts().length;
    // StrictMode at the root: nested under a wrapper, React 19 does not replay effects.
    render(<ComposeView />, { wrapper: env.wrapper, reactStrictMode: true });
    await until(() => composeState() === 'pristine', 'the session is ready');
    typeMessage('Once');
    await advance(2000);
    await until(() => draftStatus() === 'saved', 'the autosave');
    await advance(5000);
    expect(createComposeSession).toHaveBeenCalledTimes(1);
    expect(createDraft).toHaveBeenCalledTimes(1);
    expect(drafts()).toHaveLength(before + 1);
  });

  test('StrictMode reopening a draft loads it once (one prefill, one store-in-queue)', async () => {
    const { mailIds } = await env.emulator.controls.seed({
      mails: [
        { account: 'alice', folder: 'drafts', to: 'bob@inkwell.test', subject: 'Reopened', html: '<p>Draft</p>' },
      ],
    });
    const mailId = mailIds[0]!;
    const getMail = vi.spyOn(env.client, 'getMail');
    const storeInQueue = vi.spyOn(env.client, 'storeInQueue');
    render(<ComposeView options={{ intent: { kind: 'draft', mailId } }} />, {
      wrapper: env.wrapper,
      reactStrictMode: true,
    });
    await until(() => composeState() === 'saved' || composeState() === 'pristine', 'the reopened draft');
    await settle();
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('Reopened');
    expect(createComposeSession).toHaveBeenCalledTimes(1);
    expect(getMail.mock.calls.filter(([id]) => id === mailId)).toHaveLength(1);
    expect(storeInQueue.mock.calls.length).toBeLessThanOrEqual(1);
  });

  test('closing the view during the undo window keeps the window: another component still offers undo', async () => {
    function App() {
      const [open, setOpen] = useState(true);
      return (
        <>
          {open ? <ComposeView /> : null}
          <button type="button" onClick={() => setOpen(false)}>
            Close compose
          </button>
          <UndoToast />
        </>
      );
    }
    render(<App />, { wrapper: env.wrapper });
    await until(() => composeState() === 'pristine', 'the session is ready');
    typeMessage('Leaving');
    click('Send');
    await until(() => composeState() === 'undoable', 'the send');
    const first = Number(/\d+/.exec(screen.getByRole('button', { name: /^Undo/ }).textContent ?? '')?.[0]);

    click('Close compose');
    expect(screen.queryByRole('form', { name: 'Compose' })).toBeNull();
    await advance(1000);
    expect(screen.getByRole('button', { name: `Undo (${first - 1} s)` })).toBeInTheDocument();
    expect(env.outbox.getSnapshot()).toHaveLength(1);

    // Let the window run out: the toast goes, and the message is delivered.
    await advance(first * 1000);
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
    await act(() => env.emulator.controls.advanceClock(10_000));
    expect(env.emulator.controls.rawOutbox().map((m) => m.envelope.to)).toEqual([['bob@inkwell.test']]);
  });

  test('unmounting saves what was typed at once, without waiting for the autosave delay', async () => {
    const before = drafts().length;
    const { unmount } = render(<ComposeView />, { wrapper: env.wrapper });
    await until(() => composeState() === 'pristine', 'the session is ready');
    typeMessage('Unfinished');
    unmount();
    await until(() => drafts().length === before + 1, 'the save on close');
  });

  test('closing the view while a file uploads lets the upload finish, and the draft keeps the file', async () => {
    // Uploads through the emulator's fetch (see createEmulatorEnv).
    vi.stubGlobal('XMLHttpRequest', undefined);
    env.emulator.controls.addFault({ method: 'POST', path: '/api/v1/temporaryAttachments', latencyMs: 5000 });
    const { unmount } = render(<ComposeView />, { wrapper: env.wrapper });
    await until(() => composeState() === 'pristine', 'the session is ready');
    typeMessage('With the slides');
    const slides = new File(['the slides'], 'slides.pdf', { type: 'application/pdf' });
    act(() => {
      fireEvent.change(screen.getByLabelText('Attach'), { target: { files: [slides] } });
    });
    unmount();
    const withSubject = () => drafts().filter((m) => m.raw.includes('Subject: With the slides'));
    await until(() => withSubject().length === 1, 'the save on close');
    expect(withSubject()[0]?.raw).not.toContain('slides.pdf');
    // The upload's 5 s, then the autosave delay of the change it makes.
    await advance(5000);
    await settle();
    await advance(2500);
    await until(() => withSubject()[0]?.raw.includes('slides.pdf') === true, 'the save after the upload');
    expect(withSubject()).toHaveLength(1);
  });

  test('onDraftSaved names each server draft, also the one a save made after the view unmounted', async () => {
    const onDraftSaved = vi.fn<(draftId: string) => void>();
    const { unmount } = render(<ComposeView options={{ onDraftSaved }} />, { wrapper: env.wrapper });
    await until(() => composeState() === 'pristine', 'the session is ready');
    typeMessage('Linked');
    await advance(2500);
    await until(() => onDraftSaved.mock.calls.length === 1, 'the first save');
    const [first] = onDraftSaved.mock.calls[0]!;
    await expect(env.client.getMail(first)).resolves.toMatchObject({ subject: 'Linked', isDraft: true });
    // Typed, then closed at once (a sign-out unmounting it): the closing save still reports the draft it made.
    type('Subject', 'Linked, edited');
    unmount();
    await until(() => onDraftSaved.mock.calls.length === 2, 'the closing save');
    const [second] = onDraftSaved.mock.calls[1]!;
    await expect(env.client.getMail(second)).resolves.toMatchObject({ subject: 'Linked, edited', isDraft: true });
  });

  test('hiding the page saves at once', async () => {
    const before = drafts().length;
    render(<ComposeView />, { wrapper: env.wrapper });
    await until(() => composeState() === 'pristine', 'the session is ready');
    typeMessage('Hidden');
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await until(() => draftStatus() === 'saved', 'the save on hide');
    expect(drafts()).toHaveLength(before + 1);
    visibility.mockRestore();
  });

  test('leaving the compose form (blur) saves at once', async () => {
    render(
      <>
        <ComposeView />
        <button type="button">Elsewhere</button>
      </>,
      { wrapper: env.wrapper },
    );
    await until(() => composeState() === 'pristine', 'the session is ready');
    typeMessage('Blurred');
    // Moving between fields of the view is not leaving it.
    act(() => {
      fireEvent.focusOut(screen.getByRole('textbox', { name: 'To' }), {
        relatedTarget: screen.getByRole('textbox', { name: 'Subject' }),
      });
    });
    await settle();
    expect(composeState()).toBe('dirty');
    act(() => {
      fireEvent.focusOut(screen.getByRole('textbox', { name: 'Body' }), {
        relatedTarget: screen.getByRole('button', { name: 'Elsewhere' }),
      });
    });
    await until(() => draftStatus() === 'saved', 'the save on blur');
  });

  test('hidden by <Activity> and shown again, the view comes back with what was typed', async () => {
    function App() {
      const [visible, setVisible] = useState(true);
      return (
        <>
          <button type="button" onClick={() => setVisible((v) => !v)}>
            Toggle
          </button>
          <Activity mode={visible ? 'visible' : 'hidden'}>
            <ComposeView />
          </Activity>
        </>
      );
    }
    const before = drafts().length;
    render(<App />, { wrapper: env.wrapper });
    await until(() => composeState() === 'pristine', 'the session is ready');
    typeMessage('Kept');
    click('Toggle');
    await until(() => drafts().length === before + 1, 'the save when hidden');
    click('Toggle');
    await until(() => composeState() === 'saved' || composeState() === 'pristine', 'the view is back');
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('Kept');
    expect(screen.getByRole('textbox', { name: 'To' })).toHaveValue('bob@inkwell.test');
    expect(createComposeSession).toHaveBeenCalledTimes(2);
    // Still one draft: the second session writes to the one the first saved.
    typeMessage('Kept, edited');
    await advance(2000);
    await until(() => draftStatus() === 'saved' && composeState() === 'saved', 'the autosave');
    expect(drafts()).toHaveLength(before + 1);
  });

  test("the provider's server clock reaches the view: a device 6 h behind the server sees it, and schedules by the server's time", async () => {
    env = await createEmulatorEnv({ serverClock: createServerClock() });
    await env.emulator.controls.advanceClock(6 * 3600_000);
    const { result } = renderHook(
      () => useCompose({ intent: { kind: 'new' }, journal: null, broadcastChannel: null }),
      { wrapper: env.wrapper },
    );
    await until(() => result.current.state === 'pristine', 'the session is ready');
    act(() => {
      result.current.setTo([{ address: 'bob@inkwell.test' }]);
      result.current.setSubject('Later');
    });
    await advance(2100);
    await until(() => result.current.state === 'saved', 'the autosave');
    const skew = result.current.snapshot.clockSkew;
    expect(skew?.large).toBe(true);
    // The Date header has one-second resolution.
    expect(Math.abs((skew?.skewMs ?? 0) - 6 * 3600_000)).toBeLessThanOrEqual(1000);
    // Two hours ahead by this device's clock is four hours ago by the server's: refused before any request.
    const outcome = await act(() => result.current.schedule(Math.floor(Date.now() / 1000) + 2 * 3600));
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid-time' } });
    // Still a draft: nothing reached the server's schedule.
    const later = env.emulator.snapshot().mails.filter((m) => m.raw.includes('Subject: Later'));
    expect(later.map((m) => m.folderId)).toEqual([DRAFTS]);
  });

  test('without an identity, the view fails with a message that says what to do', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <InkwellProvider client={env.client} queryClient={env.queryClient}>
        <ErrorBoundary>
          <ComposeView />
        </ErrorBoundary>
      </InkwellProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'useCompose needs an identity (the From address): pass `identity` to it or to InkwellProvider.',
    );
  });

  test('after the view has closed, its actions refuse instead of creating a stray session', async () => {
    const { result, unmount } = renderHook(
      () => useCompose({ intent: { kind: 'new' }, journal: null, broadcastChannel: null }),
      { wrapper: env.wrapper },
    );
    await until(() => result.current.state === 'pristine', 'the session is ready');
    const { setSubject } = result.current;
    unmount();
    await settle();
    expect(() => setSubject('Too late')).toThrow('This compose view has been closed; open a new one to keep writing.');
    expect(createComposeSession).toHaveBeenCalledTimes(1);
  });
});
