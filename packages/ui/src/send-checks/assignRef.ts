import type { Ref, RefObject } from 'react';

/** A callback ref that fills the behaviour hook's own ref and the caller's `ref` prop. */
export function assignRef<T>(
  own: RefObject<T | null>,
  theirs: Ref<T> | undefined,
): (node: T | null) => void | (() => void) {
  return (node) => {
    own.current = node;
    if (typeof theirs === 'function') return theirs(node);
    if (theirs) theirs.current = node;
  };
}
