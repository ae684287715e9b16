import type { MessageCatalog } from '../../i18n/types';
import { composeAr } from './compose';
import { attachmentsAr } from './attachments';
import { recipientsAr } from './recipients';
import { sendChecksAr } from './sendChecks';
import { undoToastAr } from './undoToast';
import { draftStatusAr } from './draftStatus';
import { conflictAr } from './conflict';
import { schedulePickerAr } from './schedulePicker';
import { menuAr } from './menu';

// Each widget adds its Arabic catalog here (one file per widget beside this one).
export const ar: MessageCatalog = {
  ...composeAr,
  ...sendChecksAr,
  ...undoToastAr,
  ...draftStatusAr,
  ...conflictAr,
  ...schedulePickerAr,
  ...recipientsAr,
  ...attachmentsAr,
  ...menuAr,
};
