import { formatAddressList, parseAddressList, type Recipient } from '@inkwell/axigen-client';
import { useId, useRef, useState } from 'react';

export interface RecipientFieldProps {
  label: string;
  value: readonly Recipient[];
  onChange: (recipients: Recipient[]) => void;
  disabled?: boolean;
}

/**
 * A plain address-list field: the user types a header-like list ("Jane <j@x.com>, b@y.com"); it is parsed with the
 * client's RFC 5322 parser on every change, so the draft always holds structured recipients. (The chip-based
 * recipients widget belongs to @inkwell/ui.)
 */
export function RecipientField({ label, value, onChange, disabled }: RecipientFieldProps) {
  const id = useId();
  // The text is the user's while they type; it is reformatted from `value` only when the recipients change from
  // outside (a recovered draft, a reopened one), never from the user's own keystrokes.
  const [text, setText] = useState(() => safeFormat(value));
  const emitted = useRef(recipientsKey(value));
  if (recipientsKey(value) !== emitted.current) {
    emitted.current = recipientsKey(value);
    setText(safeFormat(value));
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="email"
        autoComplete="off"
        value={text}
        disabled={disabled}
        onChange={(event) => {
          const recipients = parseAddressList(event.target.value);
          setText(event.target.value);
          emitted.current = recipientsKey(recipients);
          onChange(recipients);
        }}
      />
    </div>
  );
}

function safeFormat(recipients: readonly Recipient[]): string {
  try {
    return formatAddressList(recipients);
  } catch {
    return recipients.map((r) => r.address).join(', ');
  }
}

function recipientsKey(recipients: readonly Recipient[]): string {
  return JSON.stringify(recipients.map((r) => [r.name ?? '', r.address]));
}
