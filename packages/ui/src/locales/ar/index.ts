import type { MessageCatalog } from '../../i18n/types';

// Each widget adds its Arabic catalog here (one file per widget beside this one).
export const ar: MessageCatalog = {};
