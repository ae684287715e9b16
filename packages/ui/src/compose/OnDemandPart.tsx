// A part of the window that arrives as its own chunk when first needed (a dialog). Nothing shows while it loads; a
// load that fails says so in words, with Try again and Close, instead of taking the window down with it.
import type { LazyModule } from '@inkwell/compose-core';
import { useLazyModule } from '@inkwell/editor';
import type { ReactNode } from 'react';
import { useMessages } from '../i18n/useMessages';
import { composeMessages } from './composeMessages';

export interface OnDemandPartProps<T> {
  module: LazyModule<T>;
  /** Called by Close on the failure note: the host forgets it asked for the part. */
  onClose: () => void;
  children: (loaded: T) => ReactNode;
}

export function OnDemandPart<T>({ module, onClose, children }: OnDemandPartProps<T>) {
  const t = useMessages(composeMessages);
  const { value, failed, retry } = useLazyModule(module);
  if (value !== undefined) return children(value);
  if (!failed) return null;
  return (
    <p role="alert" className="ink-compose-note" data-tone="danger">
      {t('compose.partLoadFailed')}{' '}
      <button type="button" className="ink-compose-link" onClick={retry}>
        {t('compose.partLoadRetry')}
      </button>{' '}
      <button type="button" className="ink-compose-link" onClick={onClose}>
        {t('compose.close')}
      </button>
    </p>
  );
}
