import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import type { SendCheck } from '@inkwell/compose-core';
import { I18nProvider } from '../i18n';
import { ro } from '../locales/ro';
import { SendChecksDialog } from './SendChecks';

// jsdom has no showModal(): only opening and closing are mimicked; the real modal (inert page, top layer) runs in
// Chromium in the stories.
beforeAll(() => {
  const proto = HTMLDialogElement.prototype;
  proto.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

const emptySubject: SendCheck = { code: 'empty-subject', severity: 'warning', message: 'x', field: 'subject' };
const missingAttachment: SendCheck = { code: 'missing-attachment', severity: 'warning', message: 'x', field: 'body' };
const noRecipients: SendCheck = { code: 'no-recipients', severity: 'error', message: 'x', field: 'to' };
const invalid: SendCheck = { code: 'invalid-address', severity: 'error', message: 'x', field: 'cc', value: 'bob@' };

function Compose({ checks, onSend }: { checks: SendCheck[]; onSend: () => void }) {
  const [open, setOpen] = useState(false);
  const send = useRef<HTMLButtonElement>(null);
  return (
    <>
      <input aria-label="Subject" />
      <button ref={send} type="button" onClick={() => setOpen(true)}>
        Send
      </button>
      <SendChecksDialog
        checks={checks}
        open={open}
        onOpenChange={setOpen}
        onSendAnyway={onSend}
        returnFocusRef={send}
      />
    </>
  );
}

describe('SendChecksDialog', () => {
  it('opens on "Go back", sends anyway by keyboard only, and returns focus to Send', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const onSend = vi.fn();
    render(<Compose checks={[emptySubject, missingAttachment]} onSend={onSend} />);
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Send' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Send this message anyway?' });
    expect(dialog).toHaveAccessibleDescription('Please check these 2 things before sending.');
    expect(screen.getByRole('button', { name: 'Go back' })).toHaveFocus();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Check:The subject is empty.',
      'Check:The message mentions an attachment, but nothing is attached.',
    ]);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Send anyway' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSend).toHaveBeenCalledOnce();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Send' })).toHaveFocus();
  });

  it('treats Escape as "Go back": nothing is sent and focus returns to Send', async () => {
    const user = userEvent.setup();
    const onSend = vi.fn();
    render(<Compose checks={[emptySubject]} onSend={onSend} />);
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onSend).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Send' })).toHaveFocus();
  });

  it('offers no "Send anyway" while a check blocks, errors listed first', async () => {
    const user = userEvent.setup();
    const onGoBack = vi.fn();
    render(<SendChecksDialog checks={[emptySubject, noRecipients, invalid]} defaultOpen onGoBack={onGoBack} />);
    expect(screen.getByRole('dialog', { name: 'This message can’t be sent yet' })).toHaveAccessibleDescription(
      'Fix these 2 problems, then send again.',
    );
    expect(screen.queryByRole('button', { name: 'Send anyway' })).toBeNull();
    expect(screen.getAllByRole('listitem').map((li) => li.getAttribute('data-code'))).toEqual([
      'no-recipients',
      'invalid-address',
      'empty-subject',
    ]);
    expect(screen.getByText('“bob@” in Cc is not a valid email address.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Go back' }));
    expect(onGoBack).toHaveBeenCalledWith(noRecipients);
  });

  it('names a failed upload by its file and never shows compose-core’s English text', () => {
    const failed: SendCheck = {
      code: 'upload-failed',
      severity: 'error',
      message: '"a.pdf" could not be uploaded: createDraft: attachments[0] rejected',
      field: 'attachments',
      value: 'local-1',
    };
    const pending: SendCheck = { ...failed, code: 'uploads-pending', message: '3 attachments are still uploading.' };
    render(
      <SendChecksDialog
        checks={[failed, pending]}
        defaultOpen
        attachmentName={(id) => (id === 'local-1' ? 'report.pdf' : undefined)}
      />,
    );
    expect(screen.getByText('“report.pdf” could not be uploaded. Retry or remove it.')).toBeInTheDocument();
    expect(screen.getByText('3 attachments are still uploading.')).toBeInTheDocument();
    expect(screen.queryByText(/createDraft/)).toBeNull();
  });

  it('speaks Romanian when the host gives it the catalog', () => {
    render(
      <I18nProvider locale="ro" messages={ro}>
        <SendChecksDialog checks={[emptySubject]} defaultOpen />
      </I18nProvider>,
    );
    expect(screen.getByRole('button', { name: 'Înapoi' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Trimite oricum' })).toBeInTheDocument();
  });
});
