// A module loaded on demand (createLazyModule), for a component: at once when loaded, else once it arrives while
// `wanted`. A failed load says so (`failed`), and `retry` tries again. Shared by the composer's extras and the
// compose window's attachment list.
import type { LazyModule } from '@inkwell/compose-core';
import { useEffect, useState } from 'react';

export interface LazyModuleState<T> {
  value: T | undefined;
  failed: boolean;
  retry: () => void;
}

export function useLazyModule<T>(module: LazyModule<T>, wanted = true): LazyModuleState<T> {
  const [value, setValue] = useState(module.loaded);
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted || value !== undefined) return;
    let live = true;
    module.load().then(
      (loaded) => {
        if (live) setValue(() => loaded);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [module, wanted, value, attempt]);
  return {
    value,
    failed,
    retry: () => {
      setFailed(false);
      setAttempt((n) => n + 1);
    },
  };
}
