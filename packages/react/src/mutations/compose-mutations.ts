import { mutationOptions } from '@tanstack/react-query';
import type {
  AxigenClient,
  CreateDraftInput,
  ReplaceDraftInput,
  ScheduleSendInput,
  SendInput,
  UploadProgress,
} from '@inkwell/axigen-client';
import { composeMutationKeys } from '../keys/compose-mutation-keys';
import { mailKeys } from '../keys/mail-keys';
import { draftScope, type ComposeMutationOptions } from './draft-scope';
import { invalidateAfter } from './invalidate-after';

export interface ReplaceDraftVariables {
  mailId: string;
  input: ReplaceDraftInput;
}
export interface MailIdVariables {
  mailId: string;
}
export interface UndoSendVariables {
  processingId: number;
  /** The Sent copy from the send result; without it the server rebuilds the draft and loses Bcc. */
  mailId?: string;
}
export interface ScheduleSendDraftVariables {
  mailId: string;
  /** Unix seconds. */
  deliveryTime: number;
}
export interface UploadVariables {
  files: readonly (File | Blob)[];
  onProgress?: (progress: UploadProgress) => void;
}
export interface TemporaryAttachmentVariables {
  id: number;
}

/**
 * `mutationOptions` for every compose endpoint (§3). Each has a `mutationKey` from `composeMutationKeys`,
 * runs in the draft's scope when `draftId` is given, and invalidates what it changed when it settles.
 */
export const composeMutations = {
  createDraft: (client: AxigenClient, options: ComposeMutationOptions = {}) =>
    mutationOptions({
      mutationKey: composeMutationKeys.createDraft(),
      mutationFn: (input: CreateDraftInput) => client.createDraft(input),
      scope: draftScope(options.draftId),
      onSuccess: (mail, _input, _result, { client: queryClient }) => {
        queryClient.setQueryData(mailKeys.mail(mail.id), mail);
      },
      onSettled: (_mail, _error, _input, _result, { client: queryClient }) => invalidateAfter(queryClient, []),
    }),

  replaceDraft: (client: AxigenClient, options: ComposeMutationOptions = {}) =>
    mutationOptions({
      mutationKey: composeMutationKeys.replaceDraft(),
      mutationFn: ({ mailId, input }: ReplaceDraftVariables) => client.replaceDraft(mailId, input),
      scope: draftScope(options.draftId),
      onSuccess: (mail, { mailId }, _result, { client: queryClient }) => {
        // The server may give the replaced draft a new id (§3, Replace Draft): drop the old entry.
        if (mail.id !== mailId) queryClient.removeQueries({ queryKey: mailKeys.mail(mailId) });
      },
      onSettled: (mail, _error, { mailId }, _result, { client: queryClient }) =>
        invalidateAfter(queryClient, [mailId, mail?.id]),
    }),

  send: (client: AxigenClient, options: ComposeMutationOptions = {}) =>
    mutationOptions({
      mutationKey: composeMutationKeys.send(),
      mutationFn: (input: SendInput) => client.send(input),
      scope: draftScope(options.draftId),
      onSettled: (_result, _error, input, _r, { client: queryClient }) =>
        invalidateAfter(queryClient, [input.refw?.mailId]),
    }),

  sendDraft: (client: AxigenClient, options: ComposeMutationOptions = {}) =>
    mutationOptions({
      mutationKey: composeMutationKeys.sendDraft(),
      mutationFn: ({ mailId }: MailIdVariables) => client.sendDraft(mailId),
      scope: draftScope(options.draftId),
      onSettled: (_result, _error, { mailId }, _r, { client: queryClient }) => invalidateAfter(queryClient, [mailId]),
    }),

  undoSend: (client: AxigenClient, options: ComposeMutationOptions = {}) =>
    mutationOptions({
      mutationKey: composeMutationKeys.undoSend(),
      mutationFn: (args: UndoSendVariables) => client.undoSend(args),
      scope: draftScope(options.draftId),
      onSettled: (result, _error, args, _r, { client: queryClient }) =>
        invalidateAfter(queryClient, [args.mailId, result?.mailId]),
    }),

  scheduleSend: (client: AxigenClient, options: ComposeMutationOptions = {}) =>
    mutationOptions({
      mutationKey: composeMutationKeys.scheduleSend(),
      mutationFn: (input: ScheduleSendInput) => client.scheduleSend(input),
      scope: draftScope(options.draftId),
      onSettled: (_result, _error, input, _r, { client: queryClient }) =>
        invalidateAfter(queryClient, [input.refw?.mailId]),
    }),

  scheduleSendDraft: (client: AxigenClient, options: ComposeMutationOptions = {}) =>
    mutationOptions({
      mutationKey: composeMutationKeys.scheduleSendDraft(),
      mutationFn: ({ mailId, deliveryTime }: ScheduleSendDraftVariables) =>
        client.scheduleSendDraft(mailId, deliveryTime),
      scope: draftScope(options.draftId),
      onSettled: (result, _error, { mailId }, _r, { client: queryClient }) =>
        invalidateAfter(queryClient, [mailId, result?.mailId]),
    }),

  cancelScheduledSend: (client: AxigenClient, options: ComposeMutationOptions = {}) =>
    mutationOptions({
      mutationKey: composeMutationKeys.cancelScheduledSend(),
      mutationFn: ({ mailId }: MailIdVariables) => client.cancelScheduledSend(mailId),
      scope: draftScope(options.draftId),
      onSettled: (result, _error, { mailId }, _r, { client: queryClient }) =>
        invalidateAfter(queryClient, [mailId, result?.mailId]),
    }),

  uploadTemporaryAttachments: (client: AxigenClient, options: ComposeMutationOptions = {}) =>
    mutationOptions({
      mutationKey: composeMutationKeys.uploadTemporaryAttachments(),
      mutationFn: ({ files, onProgress }: UploadVariables) => client.uploadTemporaryAttachments(files, { onProgress }),
      scope: draftScope(options.draftId),
    }),

  deleteTemporaryAttachment: (client: AxigenClient, options: ComposeMutationOptions = {}) =>
    mutationOptions({
      mutationKey: composeMutationKeys.deleteTemporaryAttachment(),
      mutationFn: ({ id }: TemporaryAttachmentVariables) => client.deleteTemporaryAttachment(id),
      scope: draftScope(options.draftId),
    }),

  storeInQueue: (client: AxigenClient, options: ComposeMutationOptions = {}) =>
    mutationOptions({
      mutationKey: composeMutationKeys.storeInQueue(),
      mutationFn: ({ mailId }: MailIdVariables) => client.storeInQueue(mailId),
      scope: draftScope(options.draftId),
    }),
};
