import { useId, useState } from 'react';

interface Props {
  initial: string;
  onSave: (alt: string) => void;
  onClose: () => void;
}

/** A small inline form for the image's alternative text; Enter saves, Escape cancels. */
export function AltTextField({ initial, onSave, onClose }: Props) {
  const [value, setValue] = useState(initial);
  const id = useId();
  return (
    <span className="inkwell-image-alt">
      <label htmlFor={id}>Alternative text</label>
      <input
        id={id}
        autoFocus
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onSave(value);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
      />
      <button type="button" onClick={() => onSave(value)}>
        Save
      </button>
    </span>
  );
}
