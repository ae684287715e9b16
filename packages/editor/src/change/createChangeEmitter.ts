// Reports the serialized message after the keystroke has painted. Serializing (and what an app does with the result:
// the session's checks, the journal, autosave) then never delays the character appearing, and the keystrokes of one
// frame share one serialization. `flush` reports at once: on blur, before unmount, so nothing is left unreported.
export interface ChangeEmitter {
  schedule(): void;
  flush(): void;
  cancel(): void;
}

export function createChangeEmitter(emit: () => void): ChangeEmitter {
  let scheduled = false;
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    frame = undefined;
    timer = undefined;
    if (!scheduled) return;
    scheduled = false;
    emit();
  };
  const cancel = () => {
    scheduled = false;
    if (frame !== undefined) cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
    frame = undefined;
    timer = undefined;
  };
  return {
    schedule() {
      if (scheduled) return;
      scheduled = true;
      // After the next frame is painted: a task queued from requestAnimationFrame runs once the frame is out.
      if (typeof requestAnimationFrame === 'function') {
        frame = requestAnimationFrame(() => {
          frame = undefined;
          timer = setTimeout(run, 0);
        });
      } else {
        timer = setTimeout(run, 0);
      }
    },
    flush() {
      if (!scheduled) return;
      cancel();
      emit();
    },
    cancel,
  };
}
