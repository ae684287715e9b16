// The Composer's wait for its sanitizer, when it starts from HTML (a reopened draft, a signature, a quote): the
// editor is created from sanitized content, so it is created once the sanitizer is loaded. A new message without a
// signature does not wait. A failed load can be tried again.
import { useCallback, useEffect, useState } from 'react';
import { composerSanitizerLoaded, loadComposerSanitizer } from './composerSanitizer';

export type ComposerSanitizerState = 'ready' | 'loading' | 'failed';

export function useComposerSanitizer(needed: boolean): { state: ComposerSanitizerState; retry: () => void } {
  const [state, setState] = useState<ComposerSanitizerState>(() =>
    !needed || composerSanitizerLoaded() ? 'ready' : 'loading',
  );
  useEffect(() => {
    if (state !== 'loading') return;
    let live = true;
    loadComposerSanitizer().then(
      () => live && setState('ready'),
      () => live && setState('failed'),
    );
    return () => {
      live = false;
    };
  }, [state]);
  const retry = useCallback(() => setState((now) => (now === 'failed' ? 'loading' : now)), []);
  return { state, retry };
}
