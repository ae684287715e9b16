// English defaults of the attachments list and image prompt: they come with the list's chunk.
export const attachmentsListMessages = {
  'attachments.list': 'Attachments',
  'attachments.size': '{size}',
  'attachments.uploading': 'Uploading {name}',
  'attachments.state.queued': 'Waiting to upload',
  'attachments.state.uploading': 'Uploading, {percent, number, percent}',
  'attachments.state.uploaded': 'Attached',
  'attachments.state.failed': 'Upload failed',
  'attachments.state.cancelled': 'Upload cancelled',
  'attachments.state.rejected': 'Not attached',
  'attachments.inline': 'Inline image',
  'attachments.notKept': 'This device cannot keep the file: leave this tab open until it is uploaded',
  'attachments.cancel': 'Cancel upload of {name}',
  'attachments.retry': 'Retry {name}',
  'attachments.remove': 'Remove {name}',
  'attachments.dismiss': 'Dismiss {name}',
  'attachments.prompt':
    '{count, plural, one {How should this image be added?} other {How should these # images be added?}}',
  'attachments.prompt.inline': 'Inline',
  'attachments.prompt.attachment': 'As attachment',
  'attachments.prompt.remember': 'Remember my choice',
  'attachments.placement':
    '{placement, select, inline {Images are added inline.} other {Images are added as attachments.}}',
  'attachments.placement.change': 'Ask each time',
} as const;
