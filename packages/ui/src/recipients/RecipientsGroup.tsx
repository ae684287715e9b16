import { createContext, useCallback, useMemo, useState, type ReactNode } from 'react';
import type { Recipient } from './recipientEntries';

/** A field as the other fields of its group see it: a chip menu offers "Move to <label>". */
export interface GroupField {
  id: string;
  label: string;
  /** Adds recipients that moved here. */
  add: (recipients: readonly Recipient[]) => void;
}

export interface RecipientsGroupValue {
  fields: readonly GroupField[];
  register: (field: GroupField) => () => void;
}

export const RecipientsGroupContext = createContext<RecipientsGroupValue | null>(null);

/**
 * Groups the fields of one message (To, Cc, Bcc, Reply-To), so a chip can move between them from its menu.
 * Dragging a chip works between any fields, grouped or not.
 */
export function RecipientsGroup({ children }: { children?: ReactNode }) {
  const [fields, setFields] = useState<readonly GroupField[]>([]);
  const register = useCallback((field: GroupField) => {
    setFields((list) => [...list.filter((f) => f.id !== field.id), field]);
    return () => setFields((list) => list.filter((f) => f.id !== field.id));
  }, []);
  const value = useMemo(() => ({ fields, register }), [fields, register]);
  return <RecipientsGroupContext value={value}>{children}</RecipientsGroupContext>;
}
