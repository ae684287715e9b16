import type { undoToastMessages } from '../../undo-toast/messages';

export const undoToastRo: Record<keyof typeof undoToastMessages, string> = {
  'undoToast.region': 'Notificări',
  'undoToast.sending': 'Se trimite…',
  'undoToast.sent': 'Mesaj trimis',
  'undoToast.undoing': 'Se anulează…',
  'undoToast.reopened': 'Trimiterea a fost anulată. Ciorna este din nou deschisă.',
  'undoToast.reopenedDrafts': 'Trimiterea a fost anulată. Mesajul este din nou în Ciorne.',
  'undoToast.windowOver': 'Mesaj trimis. Trimiterea nu mai poate fi anulată.',
  'undoToast.tooLate': 'Prea târziu pentru anulare: mesajul a fost trimis.',
  'undoToast.tooLateOffline': 'Sunteți offline: anularea nu a ajuns la server, iar mesajul a fost trimis.',
  'undoToast.unknownUndo': 'Serverul nu a răspuns la anulare. Este posibil să fi fost trimis: verificați Trimise.',
  'undoToast.unknownSend':
    'Serverul nu a răspuns. Este posibil ca mesajul să fi fost trimis: verificați Trimise înainte de a-l retrimite.',
  'undoToast.notSent': 'Mesajul nu a fost trimis. Este încă în editor.',
  'undoToast.scheduled': 'Mesaj programat',
  'undoToast.scheduledFor': 'Programat pentru {when}',
  'undoToast.cancelSchedule': 'Anulați trimiterea',
  'undoToast.cancelFailed': 'Trimiterea nu a putut fi anulată. Mesajul este încă programat.',
  'undoToast.about': '{recipients, select, none {„{subject}”} other {„{subject}” către {recipients}}}',
  'undoToast.noSubject': '(fără subiect)',
  'undoToast.countdown':
    '{seconds, plural, one {# s rămasă pentru anulare} few {# s rămase pentru anulare} other {# s rămase pentru anulare}}',
  'undoToast.announceUndoable':
    '{seconds, plural, one {Mesaj trimis. Îl puteți anula timp de o secundă.} few {Mesaj trimis. Îl puteți anula timp de # secunde.} other {Mesaj trimis. Îl puteți anula timp de # de secunde.}}',
  'undoToast.pausedHint':
    'Notificarea rămâne cât timp sunteți aici, dar serverul nu așteaptă: anularea se încheie la timp.',
  'undoToast.undo': 'Anulează',
  'undoToast.shortcutHint': 'Alt+Z',
  'undoToast.dismiss': 'Închide',
};
