import { useSendOutbox } from '@inkwell/react';
import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { createScheduledTimes, type ScheduledTimes } from './scheduledTimes';

const ScheduledTimesContext = createContext<ScheduledTimes | null>(null);

function localStorageOrNull(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Blocked storage (some private windows) throws on access: the times then last as long as the tab.
    return null;
  }
}

/** The account's scheduled times, recording each schedule the outbox hears of (compose's Schedule send). */
export function ScheduledTimesProvider({ account, children }: { account: string; children?: ReactNode }) {
  const times = useMemo(() => createScheduledTimes(account, localStorageOrNull()), [account]);
  const outbox = useSendOutbox();
  useEffect(() => {
    const record = () => {
      for (const item of outbox.getSnapshot()) {
        if (item.kind === 'scheduled' && item.deliveryTime !== undefined) times.set(item.mailId, item.deliveryTime);
      }
    };
    record();
    return outbox.subscribe(record);
  }, [outbox, times]);
  return <ScheduledTimesContext value={times}>{children}</ScheduledTimesContext>;
}

export function useScheduledTimes(): ScheduledTimes {
  const times = useContext(ScheduledTimesContext);
  if (!times) throw new Error('useScheduledTimes needs a ScheduledTimesProvider');
  return times;
}

/** When this device scheduled the mail to go (unix seconds), or undefined (scheduled elsewhere, or not scheduled). */
export function useScheduledTime(mailId: string): number | undefined {
  const times = useScheduledTimes();
  return useSyncExternalStore(times.subscribe, () => times.get(mailId));
}
