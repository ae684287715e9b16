import type { MessageCatalog } from '../../i18n/types';
import { sendChecksAr } from './sendChecks';

// Each widget adds its Arabic catalog here (one file per widget beside this one).
export const ar: MessageCatalog = {
  ...sendChecksAr,
};
