// English defaults of the attachments widget; translations live in src/locales/<lang>/attachments.ts.
export const attachmentsMessages = {
  'attachments.attach': 'Attach files',
  'attachments.list': 'Attachments',
  'attachments.dropHere': 'Drop files to attach',
  'attachments.dropRejected': 'These files cannot be attached',
  'attachments.size': '{size}',
  'attachments.uploading': 'Uploading {name}',
  'attachments.state.queued': 'Waiting to upload',
  'attachments.state.uploading': 'Uploading, {percent, number, percent}',
  'attachments.state.uploaded': 'Attached',
  'attachments.state.failed': 'Upload failed',
  'attachments.state.cancelled': 'Upload cancelled',
  'attachments.state.rejected': 'Not attached',
  'attachments.inline': 'Inline image',
  'attachments.cancel': 'Cancel upload of {name}',
  'attachments.retry': 'Retry {name}',
  'attachments.remove': 'Remove {name}',
  'attachments.dismiss': 'Dismiss {name}',
  'attachments.reason.size': 'It is {size}; each file can be at most {limit}.',
  'attachments.reason.count': 'A message can have at most {limit, plural, one {# attachment} other {# attachments}}.',
  'attachments.reason.total': 'All attachments together can be at most {limit}.',
  'attachments.reason.type': 'Files of this type cannot be attached.',
  'attachments.reason.empty': 'The file is empty.',
  'attachments.prompt':
    '{count, plural, one {How should this image be added?} other {How should these # images be added?}}',
  'attachments.prompt.inline': 'Inline',
  'attachments.prompt.attachment': 'As attachment',
  'attachments.prompt.remember': 'Remember my choice',
  'attachments.placement':
    '{placement, select, inline {Images are added inline.} other {Images are added as attachments.}}',
  'attachments.placement.change': 'Ask each time',
  'attachments.added': '{count, plural, one {Attached {name}.} other {Attached # files.}}',
  'attachments.rejected': '{count, plural, one {{name} was not attached.} other {# files were not attached.}}',
  'attachments.removed': 'Removed {name}.',
} as const;

export type AttachmentsMessageKey = keyof typeof attachmentsMessages;
