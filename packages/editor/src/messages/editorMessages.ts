// Every string the composer shows or announces, in English. A host translates by passing some or all of them as
// `messages` to the Composer (the compose window does, from its catalog).
export const editorMessages = {
  toolbar: 'Formatting',
  moreFormatting: 'More formatting',
  bold: 'Bold',
  italic: 'Italic',
  underline: 'Underline',
  strike: 'Strikethrough',
  heading: 'Heading',
  subheading: 'Subheading',
  bulletList: 'Bulleted list',
  orderedList: 'Numbered list',
  blockquote: 'Quote',
  alignLeft: 'Align left',
  alignCenter: 'Center',
  alignRight: 'Align right',
  clear: 'Clear formatting',
  undo: 'Undo',
  redo: 'Redo',
  link: 'Link',
  editLink: 'Edit link',
  image: 'Insert image',
  chooseImages: 'Choose images to insert',
  plainText: 'Plain text',
  linkAddress: 'Link address',
  applyLink: 'Apply link',
  removeLink: 'Remove link',
  cancel: 'Cancel',
  linkEmpty: 'Enter a web address or an e-mail address.',
  linkInvalid: '"{value}" is not a web address or an e-mail address.',
  linkScheme: 'Links starting with "{scheme}:" are not allowed in mail.',
  toPlainTitle: 'Switch to plain text?',
  toPlainMessage:
    'Switching to plain text removes formatting, links and headings. Inline images become regular attachments.',
  toPlainConfirm: 'Switch to plain text',
  toRichTitle: 'Switch to rich text?',
  toRichMessage:
    'The text was edited in plain-text mode, so its earlier formatting cannot be restored. Switch to rich text anyway?',
  toRichConfirm: 'Switch to rich text',
};

export type EditorMessages = { [K in keyof typeof editorMessages]: string };
