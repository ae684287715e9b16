import { useId, useRef } from 'react';
import { useMessages } from '../i18n/useMessages';
import { WidgetStyles } from '../theme/WidgetStyles';
import { COMPOSE_DIALOG_CSS } from './composeDialogStyles';
import { composeDialogMessages } from './composeDialogMessages';
import { useModalDialog } from './useModalDialog';

interface Props {
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * "Discard this draft?" as a modal dialog; focus starts on Cancel, the safe choice, Escape cancels, and focus goes
 * back to the Discard button when the dialog closes. Loaded lazily: the window needs it only when asked.
 */
export function DiscardConfirm({ onConfirm, onCancel }: Props) {
  const t = useMessages(composeDialogMessages);
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();
  // showModal focuses the first button; the safe choice is Cancel.
  useModalDialog(ref, () => cancel.current?.focus());
  return (
    <dialog
      ref={ref}
      className="ink-compose-confirm"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <WidgetStyles id="compose-dialog" css={COMPOSE_DIALOG_CSS} />
      <h2 id={`${id}-title`}>{t('compose.discardTitle')}</h2>
      <p id={`${id}-message`}>{t('compose.discardMessage')}</p>
      <div className="ink-compose-confirm-actions">
        <button type="button" className="ink-compose-button" data-variant="danger" onClick={onConfirm}>
          {t('compose.discardConfirm')}
        </button>
        <button ref={cancel} type="button" className="ink-compose-button" onClick={onCancel}>
          {t('compose.cancel')}
        </button>
      </div>
    </dialog>
  );
}
