import type { Meta, StoryObj } from '@storybook/react-vite';
import { useRef, useState } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { emptyDraft, type Draft, type DraftAttachment } from '@inkwell/compose-core';
import { checkBeforeSend } from '@inkwell/compose-core/checks';
import { I18nProvider } from '../i18n';
import { ar } from '../locales/ar';
import { SendChecksDialog } from './SendChecks';

const ana = { name: 'Ana Pop', address: 'ana@example.com' };
const report: DraftAttachment = {
  localId: 'local-1',
  name: 'report.pdf',
  contentType: 'application/pdf',
  size: 120_000,
  isInline: false,
  state: 'failed',
  error: 'upload refused',
};

/** A compose form's Send button; the dialog opens with the checks of `draft`, as a host would wire it. */
function SendButtonHost({ draft, onSend, locale }: { draft: Draft; onSend: () => void; locale?: string }) {
  const [open, setOpen] = useState(false);
  const send = useRef<HTMLButtonElement>(null);
  const checks = checkBeforeSend(draft);
  const attachmentName = (id: string) => draft.attachments.find((a) => a.localId === id)?.name;
  const content = (
    <main>
      <button ref={send} type="button" onClick={() => (checks.length ? setOpen(true) : onSend())}>
        Send
      </button>
      <SendChecksDialog
        checks={checks}
        open={open}
        onOpenChange={setOpen}
        onSendAnyway={onSend}
        returnFocusRef={send}
        attachmentName={attachmentName}
      />
    </main>
  );
  return locale ? (
    <I18nProvider locale={locale} messages={ar}>
      {content}
    </I18nProvider>
  ) : (
    content
  );
}

const meta = {
  title: 'Widgets/SendChecksDialog',
  component: SendButtonHost,
  tags: ['autodocs'],
  args: { onSend: fn(), draft: emptyDraft({ to: [ana], subject: 'Q3 report' }) },
} satisfies Meta<typeof SendButtonHost>;

export default meta;
type Story = StoryObj<typeof meta>;

const openChecks = async (canvasElement: HTMLElement, user: { click: (el: Element) => Promise<void> }) => {
  await user.click(within(canvasElement).getByRole('button', { name: 'Send' }));
  return within(document.body).getByRole('dialog');
};

export const EmptySubject: Story = {
  args: { draft: emptyDraft({ to: [ana], bodyHtml: '<p>Hi</p>' }) },
  play: async ({ canvasElement, userEvent, args }) => {
    const dialog = await openChecks(canvasElement, userEvent);
    await expect(dialog).toHaveAccessibleName('Send this message anyway?');
    await expect(within(dialog).getByText('The subject is empty.')).toBeVisible();
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Go back' })).toHaveFocus());
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send anyway' }));
    await expect(args.onSend).toHaveBeenCalledOnce();
    await expect(within(canvasElement).getByRole('button', { name: 'Send' })).toHaveFocus();
  },
};

export const MissingAttachment: Story = {
  args: { draft: emptyDraft({ to: [ana], subject: 'Contract', bodyHtml: '<p>Please see the attached contract.</p>' }) },
  play: async ({ canvasElement, userEvent, args }) => {
    const dialog = await openChecks(canvasElement, userEvent);
    await expect(
      within(dialog).getByText('The message mentions an attachment, but nothing is attached.'),
    ).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(document.body).queryByRole('dialog')).toBeNull());
    await expect(args.onSend).not.toHaveBeenCalled();
    await expect(within(canvasElement).getByRole('button', { name: 'Send' })).toHaveFocus();
  },
};

export const BothWarnings: Story = {
  args: { draft: emptyDraft({ to: [ana], bodyHtml: '<p>The file is attached.</p>' }) },
  play: async ({ canvasElement, userEvent, args }) => {
    const dialog = await openChecks(canvasElement, userEvent);
    await expect(dialog).toHaveAccessibleDescription('Please check these 2 things before sending.');
    await expect(within(dialog).getAllByRole('listitem')).toHaveLength(2);
    // Keyboard only: Tab from "Go back" reaches "Send anyway".
    await userEvent.tab();
    await expect(within(dialog).getByRole('button', { name: 'Send anyway' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSend).toHaveBeenCalledOnce();
  },
};

export const NoRecipientBlocks: Story = {
  args: { draft: emptyDraft({ subject: 'Hello', bodyHtml: '<p>Hi</p>' }) },
  play: async ({ canvasElement, userEvent, args }) => {
    const dialog = await openChecks(canvasElement, userEvent);
    await expect(dialog).toHaveAccessibleName('This message can’t be sent yet');
    await expect(within(dialog).getByText('Add at least one recipient in To, Cc or Bcc.')).toBeVisible();
    await expect(within(dialog).queryByRole('button', { name: 'Send anyway' })).toBeNull();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Go back' }));
    await expect(args.onSend).not.toHaveBeenCalled();
    await expect(within(canvasElement).getByRole('button', { name: 'Send' })).toHaveFocus();
  },
};

export const InvalidAddressBlocks: Story = {
  args: {
    draft: emptyDraft({ to: [ana], cc: [{ name: '', address: 'bob@@example' }], subject: 'Hi', bodyHtml: '<p>Hi</p>' }),
  },
  play: async ({ canvasElement, userEvent }) => {
    const dialog = await openChecks(canvasElement, userEvent);
    await expect(within(dialog).getByText('“bob@@example” in Cc is not a valid email address.')).toBeVisible();
    await expect(within(dialog).queryByRole('button', { name: 'Send anyway' })).toBeNull();
  },
};

export const UploadFailedBlocks: Story = {
  args: { draft: emptyDraft({ to: [ana], subject: 'Report', bodyHtml: '<p>Hi</p>', attachments: [report] }) },
  play: async ({ canvasElement, userEvent }) => {
    const dialog = await openChecks(canvasElement, userEvent);
    await expect(within(dialog).getByText('“report.pdf” could not be uploaded. Retry or remove it.')).toBeVisible();
    await expect(within(dialog).queryByRole('button', { name: 'Send anyway' })).toBeNull();
  },
};

export const UploadsPendingBlocks: Story = {
  args: {
    draft: emptyDraft({
      to: [ana],
      subject: 'Photos',
      bodyHtml: '<p>Hi</p>',
      attachments: [
        { ...report, localId: 'a', name: 'a.jpg', state: 'uploading', progress: 0.4 },
        { ...report, localId: 'b', name: 'b.jpg', state: 'queued' },
      ],
    }),
  },
  play: async ({ canvasElement, userEvent }) => {
    const dialog = await openChecks(canvasElement, userEvent);
    await expect(within(dialog).getByText('2 attachments are still uploading.')).toBeVisible();
  },
};

export const ErrorsAndWarningsInArabic: Story = {
  args: { locale: 'ar', draft: emptyDraft({ bodyHtml: '<p>مرفق</p>' }) },
  play: async ({ canvasElement, userEvent }) => {
    const dialog = await openChecks(canvasElement, userEvent);
    await expect(dialog).toHaveAttribute('dir', 'rtl');
    await expect(within(dialog).getByRole('button', { name: 'رجوع' })).toBeVisible();
    await expect(within(dialog).queryByRole('button', { name: 'أرسل على أي حال' })).toBeNull();
  },
};
