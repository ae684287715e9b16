import { formatAddressList, parseAddressList, type Recipient } from '@inkwell/axigen-client';
import { useId, useState } from 'react';

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
  // The text is the user's; it is only reformatted from `value` when the field is first shown.
  const [text, setText] = useState(() => safeFormat(value));
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
          setText(event.target.value);
          onChange(parseAddressList(event.target.value));
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
