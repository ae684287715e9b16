import type { Recipient } from '@inkwell/axigen-client';
import { useId } from 'react';

/** The sender: the account's own address or one of its aliases. */
export function FromField({
  value,
  name,
  addresses,
  onChange,
  disabled,
}: {
  value: Recipient | undefined;
  name: string | undefined;
  addresses: readonly string[];
  onChange: (from: Recipient) => void;
  disabled?: boolean;
}) {
  const id = useId();
  const options = value && !addresses.includes(value.address) ? [value.address, ...addresses] : addresses;
  return (
    <div className="field">
      <label htmlFor={id}>From</label>
      <select
        id={id}
        value={value?.address ?? ''}
        disabled={disabled}
        onChange={(event) => onChange({ ...(name ? { name } : {}), address: event.target.value })}
      >
        {options.map((address) => (
          <option key={address} value={address}>
            {name ? `${name} <${address}>` : address}
          </option>
        ))}
      </select>
    </div>
  );
}
