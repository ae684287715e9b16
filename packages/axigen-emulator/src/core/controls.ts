// Test controls, programmatic; the /__emulator/ routes call these.
import type { EmulatorControls } from './types';
import type { Store } from './store';
import { badRequest } from './errors';
import { outboxView } from './outbox-view';
import { applySeed } from './custom-seed';
import { addFault, releaseHung } from './faults';
import { deliverDue } from './delivery';
import { initialState, keepIdCounters } from './state';

export function createControls(store: Store, seed: boolean): EmulatorControls {
  const clock = () => ({ now: store.now(), offsetMs: store.state.clockOffsetMs });
  return {
    outbox: () => Promise.all(store.state.outbox.map(outboxView)),
    rawOutbox: () => structuredClone(store.state.outbox),
    clearOutbox() {
      store.state.outbox = [];
      store.touch();
    },
    reset() {
      releaseHung(store);
      store.state = keepIdCounters(store.state, initialState(seed, store.options.now()));
      store.touch();
    },
    seed: (input) => applySeed(store, input),
    clock,
    async advanceClock(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw badRequest('INVALID_FIELD', 'advanceMs must be a number ≥ 0');
      store.state.clockOffsetMs += ms;
      store.touch();
      await deliverDue(store);
      return { now: store.now() };
    },
    async setClock(epochMs) {
      if (!Number.isFinite(epochMs)) throw badRequest('INVALID_FIELD', 'set must be epoch milliseconds');
      store.state.clockOffsetMs = epochMs - store.options.now();
      store.touch();
      await deliverDue(store);
      return { now: store.now() };
    },
    addFault: (rule) => addFault(store, rule),
    faults: () => structuredClone(store.state.faults),
    clearFaults() {
      store.state.faults = [];
      store.touch();
      releaseHung(store);
    },
    releaseHung: () => releaseHung(store),
    setAccountSettings(user, settings) {
      const account = store.accountByLogin(user);
      if (!account) throw badRequest('INVALID_FIELD', `Unknown account "${user}"`);
      if (settings.saveToSent !== undefined) {
        if (typeof settings.saveToSent !== 'boolean') throw badRequest('INVALID_FIELD', 'saveToSent must be a boolean');
        account.saveToSent = settings.saveToSent;
      }
      store.touch();
    },
  };
}
