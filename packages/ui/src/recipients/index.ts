export { Recipients, useRecipientFieldContext } from './Recipients';
export type {
  RecipientsRootProps,
  RecipientsChipsProps,
  RecipientsChipProps,
  RecipientsSuggestionsProps,
} from './Recipients';
export { RecipientField, type RecipientFieldProps } from './RecipientField';
export { RecipientsGroup, type GroupField } from './RecipientsGroup';
export {
  useRecipientField,
  type RecipientFieldName,
  type UseRecipientFieldOptions,
  type RecipientFieldApi,
} from './useRecipientField';
export { useRecipientsState, type RecipientsState, type UseRecipientsStateOptions } from './useRecipientsState';
export { useContactSuggestions, SUGGESTION_DEBOUNCE_MS } from './useContactSuggestions';
export type { Recipient, RecipientEntry, RecipientProblem } from './recipientEntries';
export { recipientsMessages } from './messages';
// A host with its own Send waits for recipients typed before the parser arrived (the compose window does).
export { recipientReadsSettled } from './recipientReads';
