import { useCallback, useMemo, useRef, useState } from 'react';
import {
  entriesFromValue,
  entryFromRecipient,
  recipientsOf,
  sameRecipients,
  type Recipient,
  type RecipientEntry,
} from './recipientEntries';

export interface UseRecipientsStateOptions {
  /** Controlled value: the draft's recipients for this field (`draft.to`…). */
  value?: readonly Recipient[];
  /** Initial value when uncontrolled. */
  defaultValue?: readonly Recipient[];
  /** Every change, with invalid entries included (they are the user's text; sending checks refuse them). */
  onValueChange?: (value: Recipient[]) => void;
}

export interface RecipientsState {
  entries: readonly RecipientEntry[];
  /** Replaces the chips; calls `onValueChange` when the recipients changed. */
  setEntries: (next: RecipientEntry[]) => void;
  /** The chips as of the last `setEntries`, for handlers that run twice in one event. */
  current: () => readonly RecipientEntry[];
}

/** The chips of one field, controlled or uncontrolled; no DOM. */
export function useRecipientsState({ value, defaultValue, onValueChange }: UseRecipientsStateOptions): RecipientsState {
  const [own, setOwn] = useState<RecipientEntry[]>(() => (value ?? defaultValue ?? []).map(entryFromRecipient));
  // Chips derived from the last controlled value are matched again, so a host that passes an equal new array each
  // render keeps the same chips (ids, focus, problems).
  const derived = useRef<readonly RecipientEntry[]>([]);
  const entries = useMemo(() => {
    if (value === undefined) return own;
    const next = entriesFromValue(value, [...own, ...derived.current]);
    derived.current = next;
    return next;
  }, [value, own]);
  const latest = useRef(entries);
  latest.current = entries;
  const onChange = useRef(onValueChange);
  onChange.current = onValueChange;

  const setEntries = useCallback((next: RecipientEntry[]) => {
    const before = recipientsOf(latest.current);
    latest.current = next;
    setOwn(next);
    const after = recipientsOf(next);
    if (!sameRecipients(before, after)) onChange.current?.(after);
  }, []);
  const current = useCallback(() => latest.current, []);
  return { entries, setEntries, current };
}
