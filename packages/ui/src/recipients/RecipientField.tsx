import { Recipients, type RecipientsRootProps } from './Recipients';

export interface RecipientFieldProps extends Omit<RecipientsRootProps, 'children'> {
  /** Ask the contacts autocomplete endpoint as the user types (needs an `InkwellProvider`). @default true */
  suggestions?: boolean;
  placeholder?: string;
}

/**
 * A ready-made recipients field: label, chips, input and contact suggestions.
 * @example <RecipientField field="to" value={draft.to} onValueChange={(to) => update({ to })} />
 */
export function RecipientField({ suggestions = true, placeholder, ...props }: RecipientFieldProps) {
  return (
    <Recipients.Root {...props}>
      <Recipients.Label />
      <Recipients.Chips />
      <Recipients.Input placeholder={placeholder} />
      {suggestions ? <Recipients.Suggestions /> : null}
    </Recipients.Root>
  );
}
