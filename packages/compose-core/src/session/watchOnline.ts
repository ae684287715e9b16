/** `navigator.onLine` with its events, where the environment has them; always online elsewhere. */
export function watchOnline(onChange: (online: boolean) => void): { online: () => boolean; dispose: () => void } {
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  const target = typeof window === 'undefined' ? undefined : window;
  const online = () => nav?.onLine !== false;
  const on = () => onChange(true);
  const off = () => onChange(false);
  target?.addEventListener('online', on);
  target?.addEventListener('offline', off);
  return {
    online,
    dispose() {
      target?.removeEventListener('online', on);
      target?.removeEventListener('offline', off);
    },
  };
}
