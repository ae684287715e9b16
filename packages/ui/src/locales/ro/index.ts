import type { MessageCatalog } from '../../i18n/types';
import { composeRo } from './compose';
import { attachmentsRo } from './attachments';
import { recipientsRo } from './recipients';
import { sendChecksRo } from './sendChecks';
import { undoToastRo } from './undoToast';
import { draftStatusRo } from './draftStatus';
import { conflictRo } from './conflict';
import { schedulePickerRo } from './schedulePicker';
import { menuRo } from './menu';

// Each widget adds its Romanian catalog here (one file per widget beside this one).
export const ro: MessageCatalog = {
  ...composeRo,
  ...sendChecksRo,
  ...undoToastRo,
  ...draftStatusRo,
  ...conflictRo,
  ...schedulePickerRo,
  ...recipientsRo,
  ...attachmentsRo,
  ...menuRo,
};
