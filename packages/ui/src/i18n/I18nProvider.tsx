import { useContext, useMemo, type ReactNode } from 'react';
import { directionOf } from './directionOf';
import { I18nContext, type I18nContextValue } from './i18n-context';
import type { MessageCatalog, TextDirection } from './types';

export interface I18nProviderProps {
  /** BCP 47 locale, e.g. `ro` or `ar-EG`. Plurals, numbers and dates follow it. */
  locale: string;
  /** Translated catalogs (e.g. `ro` from `@inkwell/ui/locales/ro`), then per-key overrides; later wins. */
  messages?: MessageCatalog | readonly MessageCatalog[];
  /** Defaults to the locale's own direction. */
  dir?: TextDirection;
  children?: ReactNode;
}

/**
 * Gives every Inkwell widget below it a language. Nested providers inherit and override their parent's messages,
 * so a host can translate a few keys for one window only.
 */
export function I18nProvider({ locale, messages, dir, children }: I18nProviderProps) {
  const parent = useContext(I18nContext);
  const value = useMemo<I18nContextValue>(() => {
    const list = messages === undefined ? [] : Array.isArray(messages) ? messages : [messages as MessageCatalog];
    const inherited = parent.locale === locale ? parent.messages : {};
    return { locale, dir: dir ?? directionOf(locale), messages: Object.assign({}, inherited, ...list) };
  }, [locale, messages, dir, parent]);
  return <I18nContext value={value}>{children}</I18nContext>;
}
