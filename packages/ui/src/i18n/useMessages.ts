import { useCallback, useContext } from 'react';
import { formatMessage } from './formatMessage';
import { I18nContext } from './i18n-context';
import type { MessageCatalog, MessageValues } from './types';

/** Formats one message of a widget's catalog. */
export type Translate<K extends string> = (key: K, values?: MessageValues) => string;

/**
 * A widget's strings: the provider's translation of each key when it has one, else the widget's English default.
 * @example const t = useMessages(recipientsMessages); t('recipients.remove', { name })
 */
export function useMessages<C extends MessageCatalog>(defaults: C): Translate<Extract<keyof C, string>> {
  const { locale, messages } = useContext(I18nContext);
  return useCallback(
    (key, values) => formatMessage(messages[key] ?? defaults[key] ?? key, values, locale),
    [locale, messages, defaults],
  );
}

/** The locale and direction widgets render in (for `dir`, date formatting and mirrored layouts). */
export function useLocale(): { locale: string; dir: 'ltr' | 'rtl' } {
  const { locale, dir } = useContext(I18nContext);
  return { locale, dir };
}
