import { useLayoutEffect, type RefObject } from 'react';

/**
 * Shows a `<dialog>` as modal once it mounts and, when it unmounts, gives focus back to the element that had it
 * (the button that opened it), as the window closes the dialog by unmounting it rather than by `close()`.
 * `initialFocus` runs after `showModal()`, which focuses the first control.
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>, initialFocus?: () => void): void {
  useLayoutEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    initialFocus?.();
    return () => {
      // Still in the document while React unmounts it: while it is modal the page behind is inert and unfocusable.
      if (dialog?.open && typeof dialog.close === 'function') dialog.close();
      if (opener?.isConnected && !dialog?.contains(opener)) opener.focus();
    };
    // Once per mount: the opener is the element focused when the dialog appeared.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
