import { useId } from 'react';
import { useEditorMessages } from '../messages/EditorMessagesContext';

interface Props {
  toPlain: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Warns before a switch that loses formatting; focus goes to Cancel, the safe choice. */
export function PlainTextConfirm({ toPlain, onConfirm, onCancel }: Props) {
  const t = useEditorMessages();
  const id = useId();
  const message = toPlain ? t.toPlainMessage : t.toRichMessage;
  return (
    <div
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      className="inkwell-confirm"
    >
      <p id={`${id}-title`}>{toPlain ? t.toPlainTitle : t.toRichTitle}</p>
      <p id={`${id}-message`}>{message}</p>
      <button type="button" onClick={onConfirm}>
        {toPlain ? t.toPlainConfirm : t.toRichConfirm}
      </button>
      <button type="button" autoFocus onClick={onCancel}>
        {t.cancel}
      </button>
    </div>
  );
}
