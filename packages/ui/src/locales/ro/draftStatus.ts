import type { draftStatusMessages } from '../../draft-status/messages';

export const draftStatusRo: Record<keyof typeof draftStatusMessages, string> = {
  'draftStatus.saving': 'Se salvează…',
  'draftStatus.savedJustNow': 'Salvat chiar acum',
  'draftStatus.savedAgo': 'Salvat {ago}',
  'draftStatus.saved': 'Salvat',
  'draftStatus.failed': 'Nesalvat: {reason}.',
  'draftStatus.reason':
    '{reason, select, network {serverul nu a putut fi contactat} timeout {serverul nu a răspuns la timp} server {serverul a avut o problemă} busy {serverul este ocupat} too-large {ciorna este prea mare pentru server} invalid {o adresă sau un câmp trebuie verificat} refused {serverul a refuzat-o} other {ceva nu a mers}}',
  'draftStatus.retrying': 'Se reîncearcă automat; textul dvs. este păstrat pe acest dispozitiv.',
  'draftStatus.kept': 'Textul dvs. este păstrat pe acest dispozitiv.',
  'draftStatus.offline': 'Offline: modificările sunt păstrate pe acest dispozitiv',
  'draftStatus.expired':
    'Sesiune încheiată: autentificați-vă din nou pentru a salva. Nu se pierde nimic din ce ați scris.',
  'draftStatus.retryingNotKept':
    'Se reîncearcă automat. Acest dispozitiv nu vă poate păstra textul: lăsați fila deschisă până când este salvat.',
  'draftStatus.notKept': 'Nici acest dispozitiv nu vă poate păstra textul: copiați-l înainte de a închide fila.',
  'draftStatus.offlineNotKept':
    'Offline, iar acest dispozitiv nu poate păstra modificările: lăsați fila deschisă până când reveniți online',
  'draftStatus.expiredNotKept':
    'Sesiune expirată: autentificați-vă din nou pentru a salva. Acest dispozitiv nu vă poate păstra textul: lăsați fila deschisă până atunci.',
  'draftStatus.conflict': 'Ciorna a fost modificată în altă filă. Alegeți ce păstrați.',
  'draftStatus.retry': 'Reîncearcă',
  'draftStatus.trying': 'Se încearcă…',
  'draftStatus.signIn': 'Autentificare din nou',
  'draftStatus.resolve': 'Compară versiunile',
};
