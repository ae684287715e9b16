import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { createAxigenClient, type AxigenClient } from '@inkwell/axigen-client';
import { createSendOutbox, type SendOutbox } from '@inkwell/compose-core';
import { composeMutationKeys, InkwellProvider } from '@inkwell/react';
import { UndoToastRegion, type UndoToastRegionProps } from './UndoToastRegion';

const START = new Date('2026-11-21T10:00:00Z').getTime();

// Testing Library waits for a setTimeout(0) after each user event and only advances it by itself under Jest's
// fake timers (it looks for a global `jest`): this tells it how to with Vitest's.
const testingLibraryTimers = globalThis as { jest?: { advanceTimersByTime: (ms: number) => void } };

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(START);
  testingLibraryTimers.jest = { advanceTimersByTime: (ms) => vi.advanceTimersByTime(ms) };
});
afterEach(() => {
  delete testingLibraryTimers.jest;
  vi.useRealTimers();
});

/** A real client (so the provider finds everything it expects) whose Undo Send answers as the story or test says. */
function clientAnswering(undoSend: AxigenClient['undoSend']): AxigenClient {
  const real = createAxigenClient({ baseUrl: 'http://127.0.0.1:9' });
  return new Proxy(real, {
    get(target, property) {
      if (property === 'undoSend') return undoSend;
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function setup(
  undoSend: AxigenClient['undoSend'] = vi.fn(async () => ({ mailId: 'draft-1' })),
  props: UndoToastRegionProps = {},
) {
  const client = clientAnswering(undoSend);
  const outbox = createSendOutbox({ client });
  const queryClient = new QueryClient();
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  const utils = render(
    <InkwellProvider client={client} outbox={outbox} queryClient={queryClient}>
      <button type="button">Compose</button>
      <UndoToastRegion {...props} />
    </InkwellProvider>,
  );
  return { ...utils, outbox, queryClient, user };
}

function sent(outbox: SendOutbox, processingId: number, subject = 'Q3 report', windowMs = 9000) {
  act(() => {
    outbox.add({
      kind: 'undoable',
      processingId,
      mailId: `sent-${processingId}`,
      deadline: Date.now() + windowMs,
      subject,
      recipients: ['Ana Pop'],
    });
  });
}

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const region = () => screen.getByRole('region', { name: 'Notifications' });

describe('UndoToastRegion', () => {
  it('counts down to the outbox deadline, then says the message went and goes away', async () => {
    const { outbox } = setup();
    sent(outbox, 1);
    const toast = within(region()).getByRole('listitem', { name: 'Message sent' });
    expect(toast).toHaveAccessibleDescription('“Q3 report” to Ana Pop');
    expect(toast).toHaveTextContent('9 s left to undo');
    await advance(0);
    expect(screen.getByRole('status')).toHaveTextContent('Message sent. You can undo it for 9 seconds.');
    await advance(4000);
    expect(toast).toHaveTextContent('5 s left to undo');
    await advance(4999);
    expect(toast).toHaveTextContent('1 s left to undo');
    expect(within(toast).getByRole('button', { name: 'Undo' })).toBeInTheDocument();
    await advance(1);
    expect(toast).toHaveAttribute('data-state', 'sent');
    expect(toast).toHaveTextContent('Message sent. It can no longer be undone.');
    expect(within(toast).queryByRole('button', { name: 'Undo' })).toBeNull();
    await advance(5000);
    expect(screen.queryByRole('listitem')).toBeNull();
  });

  it('undoes with Alt+Z from anywhere and reopens the draft', async () => {
    let finish: (value: { mailId?: string }) => void = () => {};
    const undoSend = vi.fn(() => new Promise<{ mailId?: string }>((resolve) => (finish = resolve)));
    const onReopen = vi.fn();
    const { outbox, user } = setup(undoSend, { onReopen });
    sent(outbox, 7);
    await user.click(screen.getByRole('button', { name: 'Compose' }));
    await user.keyboard('{Alt>}z{/Alt}');
    expect(undoSend).toHaveBeenCalledWith({ processingId: 7, mailId: 'sent-7' });
    expect(screen.getByRole('listitem', { name: 'Undoing…' })).toBeInTheDocument();
    await act(async () => finish({ mailId: 'draft-7' }));
    expect(screen.getByRole('listitem', { name: 'Sending cancelled. The draft is open again.' })).toBeInTheDocument();
    expect(onReopen).toHaveBeenCalledWith(
      'draft-7',
      expect.objectContaining({ state: 'reopened', draftId: 'draft-7' }),
    );
  });

  it('is usable by keyboard only: Tab to Undo, then `u`; focus stays on the toast', { timeout: 20_000 }, async () => {
    const undoSend = vi.fn(async () => ({ mailId: 'draft-2' }));
    const { outbox, user } = setup(undoSend, { onReopen: vi.fn() });
    sent(outbox, 2);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Compose' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus();
    expect(region()).toHaveAttribute('data-paused', 'true');
    await user.keyboard('u');
    await advance(0);
    expect(undoSend).toHaveBeenCalledOnce();
    const toast = screen.getByRole('listitem', { name: 'Sending cancelled. The draft is open again.' });
    expect(toast).toHaveFocus();
    // Focus inside keeps the notice; leaving lets it time out, and its loss sends focus back.
    await advance(10_000);
    expect(toast).toBeInTheDocument();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Compose' })).toHaveFocus();
    await advance(5000);
    expect(screen.queryByRole('listitem')).toBeNull();
  });

  it('says plainly when it is too late', async () => {
    const undoSend = vi.fn(async () => {
      throw Object.assign(new Error('undoSend: 409'), { kind: 'http', status: 409 });
    });
    const { outbox, user } = setup(undoSend);
    sent(outbox, 3);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await advance(0);
    expect(screen.getByRole('alert')).toHaveTextContent('Too late to undo: the message has been sent.');
    expect(screen.getByRole('listitem')).toHaveAttribute('data-state', 'too-late');
    expect(screen.queryByText(/409/)).toBeNull();
    // An alert stays until dismissed.
    await advance(60_000);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('listitem')).toBeNull();
  });

  it('says "it may have been sent" when the undo got no answer', async () => {
    const undoSend = vi.fn(async () => {
      throw Object.assign(new TypeError('Failed to fetch'), { kind: 'network' });
    });
    const { outbox, user } = setup(undoSend);
    sent(outbox, 4);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    // The outbox retries a lost undo within the window; the toast says "Undoing…" until it gives up.
    await advance(1000);
    expect(screen.getByRole('listitem')).toHaveAttribute('data-state', 'undoing');
    await advance(8000);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The server did not answer the undo. It may have been sent: check Sent.',
    );
    expect(screen.getByRole('listitem')).toHaveAttribute('data-state', 'unknown');
  });

  describe('Undo pressed offline', () => {
    const offlineFailure = vi.fn(async () => {
      throw Object.assign(new TypeError('Failed to fetch'), { kind: 'network' });
    });
    const setOnline = (online: boolean) => {
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
    };
    afterEach(() => {
      setOnline(true);
    });

    it('says the undo never reached the server when the device stayed offline until the window ended', async () => {
      const { outbox, user } = setup(offlineFailure);
      sent(outbox, 14);
      setOnline(false);
      await user.click(screen.getByRole('button', { name: 'Undo' }));
      await advance(9000);
      expect(screen.getByRole('alert')).toHaveTextContent(
        'You are offline: the undo could not reach the server, and the message has been sent.',
      );
      expect(screen.getByRole('listitem')).toHaveAttribute('data-state', 'too-late');
    });

    it('says "it may have been sent" when the connection came back while it was trying', async () => {
      const { outbox, user } = setup(offlineFailure);
      sent(outbox, 15);
      setOnline(false);
      await user.click(screen.getByRole('button', { name: 'Undo' }));
      await advance(2000);
      // Back for a moment: a try may have left the device and its answer been lost.
      setOnline(true);
      act(() => {
        window.dispatchEvent(new Event('online'));
      });
      setOnline(false);
      await advance(7000);
      expect(screen.getByRole('alert')).toHaveTextContent(
        'The server did not answer the undo. It may have been sent: check Sent.',
      );
      expect(screen.getByRole('listitem')).toHaveAttribute('data-state', 'unknown');
    });
  });

  it('keeps the notice while hovered but never extends the undo window', async () => {
    const { outbox, user } = setup();
    sent(outbox, 5, 'Hover me', 3000);
    const toast = screen.getByRole('listitem', { name: 'Message sent' });
    await user.hover(toast);
    expect(toast).toHaveTextContent('the server will not wait');
    await advance(3000);
    expect(toast).toHaveAttribute('data-state', 'sent');
    await advance(20_000);
    expect(toast).toBeInTheDocument();
    await user.unhover(toast);
    await advance(5000);
    expect(screen.queryByRole('listitem')).toBeNull();
  });

  it('stacks several sends; Alt+Z undoes the newest; Dismiss lets one go now', { timeout: 20_000 }, async () => {
    const undoSend = vi.fn(async () => ({ mailId: 'd' }));
    const { outbox, user } = setup(undoSend);
    sent(outbox, 10, 'First');
    sent(outbox, 11, 'Second');
    sent(outbox, 12, 'Third');
    expect(within(region()).getAllByRole('listitem')).toHaveLength(3);
    await user.keyboard('{Alt>}z{/Alt}');
    expect(undoSend).toHaveBeenCalledWith({ processingId: 12, mailId: 'sent-12' });
    const first = screen.getAllByRole('listitem')[0]!;
    await user.click(within(first).getByRole('button', { name: 'Dismiss' }));
    expect(outbox.getSnapshot().map((i) => i.id)).toEqual(['undo:11']);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('shows "Sending…" for a running send and turns the same toast into "Message sent"', async () => {
    const { outbox, queryClient } = setup();
    let answer: (value: { processingId: number; mailId: string }) => void = () => {};
    const observer = new MutationObserver<{ processingId: number; mailId: string }, Error, { mailId: string }>(
      queryClient,
      {
        mutationKey: composeMutationKeys.sendDraft(),
        mutationFn: () => new Promise<{ processingId: number; mailId: string }>((resolve) => (answer = resolve)),
      },
    );
    act(() => void observer.mutate({ mailId: 'draft-9' }));
    await advance(0);
    expect(screen.getByRole('listitem', { name: 'Sending…' })).toBeInTheDocument();
    await act(async () => answer({ processingId: 9, mailId: 'sent-9' }));
    sent(outbox, 9, 'Tracked');
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('listitem', { name: 'Message sent' })).toHaveAccessibleDescription('“Tracked” to Ana Pop');
  });

  it('says a send with no answer may have gone out', async () => {
    const { queryClient } = setup();
    const observer = new MutationObserver<unknown, Error, { subject: string; to: { address: string }[] }>(queryClient, {
      mutationKey: composeMutationKeys.send(),
      mutationFn: () =>
        Promise.reject(Object.assign(new Error('send: network'), { kind: 'network', outcomeUnknown: true })),
    });
    await act(async () => {
      await observer.mutate({ subject: 'Lost', to: [{ address: 'ana@example.com' }] }).catch(() => {});
    });
    await advance(0);
    expect(screen.getByRole('alert')).toHaveTextContent('It may have been sent: check Sent before sending again.');
    expect(screen.getByRole('listitem')).toHaveAccessibleDescription('“Lost” to ana@example.com');
  });

  it('leaves the editor’s own undo keys alone', async () => {
    const undoSend = vi.fn(async () => ({}));
    const { outbox, user } = setup(undoSend);
    sent(outbox, 6);
    await user.keyboard('{Control>}z{/Control}{Control>}{Shift>}z{/Shift}{/Control}{Meta>}z{/Meta}u');
    expect(undoSend).not.toHaveBeenCalled();
  });

  it('shows one toast per send under StrictMode, also for sends made before it mounted', () => {
    const client = clientAnswering(vi.fn(async () => ({})));
    const outbox = createSendOutbox({ client });
    outbox.add({ kind: 'undoable', processingId: 1, deadline: Date.now() + 9000, subject: 'Early', recipients: [] });
    render(
      <StrictMode>
        <InkwellProvider client={client} outbox={outbox} queryClient={new QueryClient()}>
          <UndoToastRegion />
        </InkwellProvider>
      </StrictMode>,
    );
    sent(outbox, 2);
    expect(screen.getAllByRole('listitem').map((li) => li.getAttribute('data-state'))).toEqual([
      'undoable',
      'undoable',
    ]);
  });
});
