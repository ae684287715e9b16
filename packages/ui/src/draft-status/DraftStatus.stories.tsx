import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { DraftStatus } from './DraftStatus';

const meta = {
  title: 'Widgets/DraftStatus',
  component: DraftStatus,
  tags: ['autodocs'],
  args: { state: 'saved', savedAt: new Date(2026, 10, 21, 9, 41), formatTime: () => '09:41', onRetry: fn() },
} satisfies Meta<typeof DraftStatus>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Saved: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Saved at 09:41');
  },
};

export const Failed: Story = {
  args: { state: 'failed', reason: 'the server did not answer' },
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByRole('status')).toHaveAttribute('data-state', 'failed');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

export const Offline: Story = { args: { state: 'offline' } };
