import type { TabChannel } from '../types';

/** BroadcastChannel stand-in for tests: channels of one hub are "tabs" that hear each other, never themselves. */
export function createChannelHub(): (name: string) => TabChannel {
  const channels = new Set<{ name: string; listeners: ((event: { data: unknown }) => void)[] }>();
  return (name) => {
    const self = { name, listeners: [] as ((event: { data: unknown }) => void)[] };
    channels.add(self);
    return {
      postMessage(message) {
        for (const other of channels) {
          if (other === self || other.name !== name) continue;
          const data = structuredClone(message);
          queueMicrotask(() => other.listeners.forEach((listener) => listener({ data })));
        }
      },
      addEventListener(_type, listener) {
        self.listeners.push(listener);
      },
      close() {
        channels.delete(self);
      },
    };
  };
}
