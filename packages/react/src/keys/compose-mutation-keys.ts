// Mutation keys for the compose endpoints. Mutation filters match by prefix, so
// `useMutationState({ filters: { mutationKey: composeMutationKeys.send() } })` sees both `send` and
// `sendDraft`, and `composeMutationKeys.all()` sees every compose mutation.
const all = () => ['inkwell', 'compose'] as const;
const send = () => [...all(), 'send'] as const;
const schedule = () => [...all(), 'schedule'] as const;
const attachments = () => [...all(), 'attachments'] as const;

export const composeMutationKeys = {
  all,
  createDraft: () => [...all(), 'draft', 'create'] as const,
  replaceDraft: () => [...all(), 'draft', 'replace'] as const,
  send,
  sendDraft: () => [...send(), 'draft'] as const,
  undoSend: () => [...all(), 'undo'] as const,
  schedule,
  scheduleSend: () => [...schedule(), 'mail'] as const,
  scheduleSendDraft: () => [...schedule(), 'draft'] as const,
  cancelScheduledSend: () => [...all(), 'cancelSchedule'] as const,
  attachments,
  uploadTemporaryAttachments: () => [...attachments(), 'upload'] as const,
  deleteTemporaryAttachment: () => [...attachments(), 'delete'] as const,
  storeInQueue: () => [...attachments(), 'store'] as const,
};
