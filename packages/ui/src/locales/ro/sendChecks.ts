import type { sendChecksMessages } from '../../send-checks/messages';

export const sendChecksRo: Record<keyof typeof sendChecksMessages, string> = {
  'sendChecks.titleBlocked': 'Mesajul nu poate fi trimis încă',
  'sendChecks.titleWarning': 'Trimiteți totuși mesajul?',
  'sendChecks.introBlocked':
    '{count, plural, one {Rezolvați această problemă, apoi trimiteți din nou.} few {Rezolvați aceste # probleme, apoi trimiteți din nou.} other {Rezolvați aceste # de probleme, apoi trimiteți din nou.}}',
  'sendChecks.introWarning':
    '{count, plural, one {Verificați acest lucru înainte de trimitere.} few {Verificați aceste # lucruri înainte de trimitere.} other {Verificați aceste # de lucruri înainte de trimitere.}}',
  'sendChecks.noRecipients': 'Adăugați cel puțin un destinatar în Către, Cc sau Bcc.',
  'sendChecks.invalidAddress': '„{address}” din {field} nu este o adresă de e-mail validă.',
  'sendChecks.emptySubject': 'Subiectul este gol.',
  'sendChecks.missingAttachment': 'Mesajul pomenește un atașament, dar nu este nimic atașat.',
  'sendChecks.uploadsPending':
    '{count, plural, one {Un atașament încă se încarcă.} few {# atașamente încă se încarcă.} other {# de atașamente încă se încarcă.}}',
  'sendChecks.uploadFailed': '„{name}” nu a putut fi încărcat. Reîncercați sau eliminați-l.',
  'sendChecks.uploadFailedUnnamed': 'Un atașament nu a putut fi încărcat. Reîncercați sau eliminați-l.',
  'sendChecks.field':
    '{field, select, to {Către} cc {Cc} bcc {Bcc} replyTo {Răspuns către} subject {Subiect} body {Corpul mesajului} attachments {Atașamente} other {mesaj}}',
  'sendChecks.severity': '{severity, select, error {De rezolvat} other {De verificat}}',
  'sendChecks.sendAnyway': 'Trimite oricum',
  'sendChecks.goBack': 'Înapoi',
};
