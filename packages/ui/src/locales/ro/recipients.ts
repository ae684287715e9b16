import type { RecipientsMessageKey } from '../../recipients/messages';

export const recipientsRo: Record<RecipientsMessageKey, string> = {
  'recipients.field.to': 'Către',
  'recipients.field.cc': 'Cc',
  'recipients.field.bcc': 'Bcc',
  'recipients.field.replyTo': 'Răspuns către',
  'recipients.list': 'Destinatari în {field}',
  'recipients.chip.valid': 'Adresă validă.',
  'recipients.chip.invalid': 'Adresă nevalidă: {reason}',
  'recipients.chip.help': 'Apasă Delete pentru a elimina, Enter pentru a edita, Shift+F10 pentru mai multe.',
  'recipients.remove': 'Elimină {label}',
  'recipients.more': 'Mai multe pentru {label}',
  'recipients.edit': 'Editează',
  'recipients.editInput': 'Editează destinatarul',
  'recipients.moveTo': 'Mută în {field}',
  'recipients.keepAsOne': 'Păstrează ca un singur destinatar',
  'recipients.delete': 'Elimină',
  'recipients.suggestions': 'Sugestii pentru {field}',
  'recipients.suggestion.list': 'Grup',
  'recipients.added':
    '{count, plural, one {A fost adăugat {label}.} few {Au fost adăugați # destinatari.} other {Au fost adăugați # de destinatari.}}',
  'recipients.removed': 'A fost eliminat {label}.',
  'recipients.moved': '{label} a fost mutat în {field}.',
  'recipients.merged': '{label} este deja în {field}.',
  'recipients.readFailed':
    'Ce ai scris nu a putut fi citit încă și rămâne în câmp. Verifică conexiunea și apasă din nou Enter.',
  'recipients.problem.no-address': 'nu conține nicio adresă de e-mail',
  'recipients.problem.unclosed': 'are ghilimele sau o paranteză care nu se închide',
  'recipients.problem.comment-in-address': 'adresa conține un comentariu între paranteze',
  'recipients.problem.several-addresses': 'conține mai multe adrese',
  'recipients.problem.text-after-address': 'există text după adresă',
  'recipients.problem.comma-in-name':
    'virgula din nume poate despărți două persoane; editează-l sau păstrează-l ca un singur destinatar',
  'recipients.problem.stray-character': 'conține un caracter care nu poate apărea într-o adresă',
  'recipients.problem.ambiguous': 'poate fi citit în mai multe feluri',
  'recipients.problem.invalid-address': 'adresa nu este validă',
  'recipients.problem.unsendable': 'conține un caracter care nu poate fi trimis în antetul unui mesaj',
};
