export type AddressField = 'to' | 'cc' | 'bcc' | 'replyTo';

/** The user-facing texts of the send checks; English unless the locale's language is listed. */
export interface SendCheckMessages {
  noRecipients: string;
  invalidAddress: (field: string, value: string) => string;
  emptySubject: string;
  missingAttachment: (word: string) => string;
  uploadsPending: (count: number) => string;
  uploadFailed: (name: string, reason: string | undefined) => string;
  fields: Record<AddressField, string>;
}

const MESSAGES: Record<string, SendCheckMessages> = {
  en: {
    noRecipients: 'Add at least one recipient.',
    invalidAddress: (field, value) => `"${value}" in ${field} is not a valid email address.`,
    emptySubject: 'The subject is empty.',
    missingAttachment: (word) => `The message mentions an attachment ("${word}") but nothing is attached.`,
    uploadsPending: (count) =>
      count === 1 ? 'An attachment is still uploading.' : `${count} attachments are still uploading.`,
    uploadFailed: (name, reason) =>
      `"${name}" could not be uploaded${reason ? `: ${reason}` : ''}. Retry or remove it.`,
    fields: { to: 'To', cc: 'Cc', bcc: 'Bcc', replyTo: 'Reply-To' },
  },
  de: {
    noRecipients: 'Bitte mindestens einen Empfänger angeben.',
    invalidAddress: (field, value) => `„${value}“ in ${field} ist keine gültige E-Mail-Adresse.`,
    emptySubject: 'Der Betreff ist leer.',
    missingAttachment: (word) => `Die Nachricht erwähnt einen Anhang („${word}“), aber es ist nichts angehängt.`,
    uploadsPending: (count) =>
      count === 1 ? 'Ein Anhang wird noch hochgeladen.' : `${count} Anhänge werden noch hochgeladen.`,
    uploadFailed: (name, reason) =>
      `„${name}“ konnte nicht hochgeladen werden${reason ? `: ${reason}` : ''}. Erneut versuchen oder entfernen.`,
    fields: { to: 'An', cc: 'Cc', bcc: 'Bcc', replyTo: 'Antwort an' },
  },
};

export function sendCheckMessages(locale: string | undefined): SendCheckMessages {
  const language = (locale ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  return MESSAGES[language] ?? (MESSAGES.en as SendCheckMessages);
}
