export { I18nProvider, type I18nProviderProps } from './I18nProvider';
export { useMessages, useLocale, type Translate } from './useMessages';
export { formatMessage } from './formatMessage';
export { directionOf } from './directionOf';
export type { MessageCatalog, MessageValues, TextDirection } from './types';
