import { useId } from 'react';

interface Props {
  toPlain: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Warns before a switch that loses formatting; focus goes to Cancel, the safe choice. */
export function PlainTextConfirm({ toPlain, onConfirm, onCancel }: Props) {
  const id = useId();
  const message = toPlain
    ? 'Switching to plain text removes formatting, links and headings. Inline images become regular attachments.'
    : 'The text was edited in plain-text mode, so its earlier formatting cannot be restored. Switch to rich text anyway?';
  return (
    <div
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      className="inkwell-confirm"
    >
      <p id={`${id}-title`}>{toPlain ? 'Switch to plain text?' : 'Switch to rich text?'}</p>
      <p id={`${id}-message`}>{message}</p>
      <button type="button" onClick={onConfirm}>
        {toPlain ? 'Switch to plain text' : 'Switch to rich text'}
      </button>
      <button type="button" autoFocus onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
