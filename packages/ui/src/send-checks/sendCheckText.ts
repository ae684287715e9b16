import type { SendCheck } from '@inkwell/compose-core';
import type { Translate } from '../i18n';
import type { SendChecksMessageKey } from './messages';

/**
 * A check in the user's language, from the catalog rather than compose-core's English `message`. `nameOf` turns a
 * failed upload's `localId` into its file name (the check carries only the id).
 */
export function sendCheckText(
  check: SendCheck,
  t: Translate<SendChecksMessageKey>,
  nameOf?: (localId: string) => string | undefined,
): string {
  switch (check.code) {
    case 'no-recipients':
      return t('sendChecks.noRecipients');
    case 'invalid-address':
      return t('sendChecks.invalidAddress', {
        address: check.value ?? '',
        field: t('sendChecks.field', { field: check.field ?? 'to' }),
      });
    case 'empty-subject':
      return t('sendChecks.emptySubject');
    case 'missing-attachment':
      return t('sendChecks.missingAttachment');
    case 'uploads-pending':
      return t('sendChecks.uploadsPending', { count: pendingCount(check) });
    case 'upload-failed': {
      const name = check.value === undefined ? undefined : nameOf?.(check.value);
      return name ? t('sendChecks.uploadFailed', { name }) : t('sendChecks.uploadFailedUnnamed');
    }
    default:
      return check.code satisfies never;
  }
}

// compose-core puts the count only into its English sentence; a leading number there is the count, else one.
function pendingCount(check: SendCheck): number {
  const match = /^(\d+)\s/.exec(check.message);
  return match ? Number(match[1]) : 1;
}
