import type { conflictMessages } from '../../conflict/messages';

export const conflictRo: Record<keyof typeof conflictMessages, string> = {
  'conflict.title': 'Ciorna a fost modificată în altă filă',
  'conflict.description':
    'Alegeți ce păstrați pentru fiecare parte care diferă. Nimic nu se salvează până nu aplicați.',
  'conflict.field': '{field, select, to {Către} cc {Cc} bcc {Bcc} subject {Subiect} other {Corpul mesajului}}',
  'conflict.mine': 'Această filă',
  'conflict.theirs': 'Cealaltă filă',
  'conflict.keepMine': 'Păstrează versiunea din această filă',
  'conflict.keepTheirs': 'Folosește versiunea din cealaltă filă',
  'conflict.merge': 'Păstrează toți destinatarii din ambele',
  'conflict.empty': '(gol)',
  'conflict.more':
    '{count, plural, one {… și încă # caracter} few {… și încă # caractere} other {… și încă # de caractere}}',
  'conflict.apply': 'Aplică',
  'conflict.cancel': 'Decid mai târziu',
};
