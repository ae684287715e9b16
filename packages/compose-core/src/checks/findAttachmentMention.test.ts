import { findAttachmentMention } from './findAttachmentMention';

describe('findAttachmentMention', () => {
  it.each([
    ['Please see attached.', 'attached'],
    ['The ATTACHMENT has the numbers', 'ATTACHMENT'],
    ["I'll attach the slides", 'attach'],
    ['Enclosed you will find the contract', 'Enclosed'],
    ['Die Rechnung ist angehängt.', 'angehängt'],
    ['Die Zahlen findest du im Anhang.', 'Anhang'],
    ['Anbei die Unterlagen', 'Anbei'],
    ['siehe Anlage', 'Anlage'],
    ['beigefügt der Vertrag', 'beigefügt'],
    ['Veuillez trouver la pièce jointe.', 'pièce jointe'],
    ['Voir les pièces   jointes', 'pièces   jointes'],
    ['Le rapport ci-joint', 'ci-joint'],
    ['Te envío el archivo adjunto', 'adjunto'],
    ['Adjunta la factura', 'Adjunta'],
  ])('finds the mention in %j', (text, word) => {
    expect(findAttachmentMention(text)).toBe(word);
  });

  it.each([
    'This newsletter is attachment-free.',
    'He was unattached.',
    'Attachments-only mode',
    'See https://example.com/attachments/42 for details',
    'Die Anlageberatung ist morgen',
    'reattached the door',
    'Nothing to see here',
  ])('finds nothing in %j', (text) => {
    expect(findAttachmentMention(text)).toBeUndefined();
  });
});
