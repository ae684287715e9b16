import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { I18nProvider } from '../i18n';
import { ar } from '../locales/ar';
import { DraftStatus } from './DraftStatus';

// A fixed clock: "Saved 2 minutes ago" reads the same in every run.
const NOW = Date.parse('2026-11-30T09:00:00Z');
const now = () => NOW;

const meta = {
  title: 'Widgets/DraftStatus',
  component: DraftStatus,
  tags: ['autodocs'],
  args: {
    state: 'saved',
    savedAt: new Date(NOW - 2 * 60_000),
    now,
    onRetry: fn(),
    onSignIn: fn(),
    onResolveConflict: fn(),
  },
} satisfies Meta<typeof DraftStatus>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Saving: Story = {
  args: { state: 'saving' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Saving…');
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

export const SavedJustNow: Story = {
  args: { savedAt: new Date(NOW - 20_000) },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Saved just now');
  },
};

export const SavedMinutesAgo: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Saved 2 minutes ago');
  },
};

/** A failure the session retries by itself; Retry saves now. */
export const Failed: Story = {
  args: { state: 'failed', reason: 'The server had a problem. The draft is kept here; trying again.' },
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Not saved: the server had a problem. Trying again by itself; your text is kept on this device.',
    );
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Retry' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

/** A new attempt after a failure: the failure stays on screen (the footer does not jump), Retry is busy. */
export const FailedTryingAgain: Story = {
  args: { state: 'failed', reason: 'server', pending: true },
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Not saved: the server had a problem.');
    const busy = canvas.getByRole('button', { name: 'Trying…' });
    await expect(busy).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(busy);
    await expect(args.onRetry).not.toHaveBeenCalled();
  },
};

/** The server refused the draft: the reason comes from the catalog, never the API's text. */
export const FailedRefused: Story = {
  args: { state: 'failed', reason: 'createDraft: to[2].address is not an address' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Not saved: something went wrong.');
    await expect(canvas.queryByText(/createDraft/)).toBeNull();
  },
};

export const Offline: Story = {
  args: { state: 'offline' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Offline: your changes are kept on this device');
  },
};

/** Offline on a device that cannot keep the draft (storage full or blocked): leave the tab open. */
export const OfflineNotKept: Story = {
  args: { state: 'offline', notKept: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Offline, and this device cannot keep your changes: leave this tab open until you are back online',
    );
  },
};

export const SessionExpired: Story = {
  args: { state: 'expired' },
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Signed out: sign in again to save.');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in again' }));
    await expect(args.onSignIn).toHaveBeenCalledOnce();
  },
};

export const Conflict: Story = {
  args: { state: 'conflict' },
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('This draft was changed in another tab.');
    await userEvent.click(canvas.getByRole('button', { name: 'Compare versions' }));
    await expect(args.onResolveConflict).toHaveBeenCalledOnce();
  },
};

export const FailedInArabic: Story = {
  args: { state: 'failed', reason: 'network' },
  render: (args) => (
    <I18nProvider locale="ar" messages={ar}>
      <DraftStatus {...args} />
    </I18nProvider>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('لم تُحفظ: تعذّر الوصول إلى الخادم.');
    await expect(canvas.getByRole('button', { name: 'إعادة المحاولة' })).toBeVisible();
  },
};
