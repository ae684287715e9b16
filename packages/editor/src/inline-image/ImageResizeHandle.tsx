// A slider on the image's corner: drag it, or focus it and use the arrow keys (Shift for bigger steps).
import type { KeyboardEvent, PointerEvent } from 'react';
import { useRef } from 'react';

interface Props {
  label: string;
  width: number;
  min: number;
  max: number;
  /** Called while dragging, for a live preview. */
  onPreview: (width: number) => void;
  onCommit: (width: number) => void;
}

export function ImageResizeHandle({ label, width, min, max, onPreview, onCommit }: Props) {
  const drag = useRef<{ x: number; width: number } | null>(null);
  const clamp = (value: number) => Math.round(Math.min(max, Math.max(min, value)));

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.shiftKey ? 50 : 10;
    const next: Record<string, number> = {
      ArrowRight: width + step,
      ArrowUp: width + step,
      ArrowLeft: width - step,
      ArrowDown: width - step,
      Home: min,
      End: max,
    };
    const value = next[event.key];
    if (value === undefined) return;
    event.preventDefault();
    onCommit(clamp(value));
  };

  const onPointerDown = (event: PointerEvent<HTMLSpanElement>) => {
    event.preventDefault();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    drag.current = { x: event.clientX, width };
  };
  const onPointerMove = (event: PointerEvent) => {
    if (drag.current) onPreview(clamp(drag.current.width + event.clientX - drag.current.x));
  };
  const onPointerUp = (event: PointerEvent) => {
    if (!drag.current) return;
    const value = clamp(drag.current.width + event.clientX - drag.current.x);
    drag.current = null;
    onCommit(value);
  };

  return (
    <span
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={width}
      aria-valuetext={`${width} pixels wide`}
      className="inkwell-image-resize"
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
    />
  );
}
