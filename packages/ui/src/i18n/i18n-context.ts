import { createContext } from 'react';
import type { MessageCatalog, TextDirection } from './types';

export interface I18nContextValue {
  locale: string;
  dir: TextDirection;
  /** Translations and per-key overrides; a key missing here falls back to the widget's English default. */
  messages: MessageCatalog;
}

export const I18nContext = createContext<I18nContextValue>({ locale: 'en', dir: 'ltr', messages: {} });
