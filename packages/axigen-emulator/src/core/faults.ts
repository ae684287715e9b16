// Fault injection per route: status, latency, dropped connections, requests that never answer; before the handler
// runs (nothing happens) or after it (the change is made and the answer is lost), limited by times and ratio.
import type { Fault, FaultRule } from './types';
import type { Store } from './store';
import { badRequest, errorBody } from './errors';
import { rejectUnknownFields } from './compose-payload';

function pathMatches(pattern: string, pathname: string): boolean {
  if (!pattern.includes('*')) return pathname.startsWith(pattern);
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(pathname);
}

/** Checks a rule from JSON. */
export function parseFaultRule(body: Record<string, unknown>): FaultRule {
  rejectUnknownFields(body, [
    'method',
    'path',
    'status',
    'body',
    'latencyMs',
    'drop',
    'hang',
    'phase',
    'times',
    'ratio',
  ]);
  const { method, path, status, latencyMs, drop, hang, phase, times, ratio } = body;
  if (typeof path !== 'string' || !path.startsWith('/'))
    throw badRequest('INVALID_FIELD', 'path must be a string starting with /');
  if (method !== undefined && typeof method !== 'string') throw badRequest('INVALID_FIELD', 'method must be a string');
  if (status !== undefined && (!Number.isInteger(status) || (status as number) < 200 || (status as number) > 599)) {
    throw badRequest('INVALID_FIELD', 'status must be an integer from 200 to 599');
  }
  if (latencyMs !== undefined && (typeof latencyMs !== 'number' || latencyMs < 0)) {
    throw badRequest('INVALID_FIELD', 'latencyMs must be a number ≥ 0');
  }
  if (drop !== undefined && typeof drop !== 'boolean') throw badRequest('INVALID_FIELD', 'drop must be a boolean');
  if (hang !== undefined && typeof hang !== 'boolean') throw badRequest('INVALID_FIELD', 'hang must be a boolean');
  if (phase !== undefined && phase !== 'before' && phase !== 'after') {
    throw badRequest('INVALID_FIELD', 'phase must be "before" or "after"');
  }
  if (times !== undefined && (!Number.isInteger(times) || (times as number) < 1)) {
    throw badRequest('INVALID_FIELD', 'times must be an integer ≥ 1');
  }
  if (ratio !== undefined && (typeof ratio !== 'number' || ratio < 0 || ratio > 1)) {
    throw badRequest('INVALID_FIELD', 'ratio must be a number from 0 to 1');
  }
  if (status === undefined && latencyMs === undefined && drop !== true && hang !== true) {
    throw badRequest('MISSING_FIELD', 'A fault needs status, latencyMs, drop or hang');
  }
  return body as unknown as FaultRule;
}

export function addFault(store: Store, rule: FaultRule): Fault {
  const fault: Fault = { ...rule, id: store.state.nextFaultId++ };
  store.state.faults.push(fault);
  store.touch();
  return fault;
}

/** The first rule that applies to this request; consumes one of its `times`. */
export function takeFault(store: Store, method: string, pathname: string): Fault | undefined {
  for (const fault of store.state.faults) {
    if (fault.method && fault.method.toUpperCase() !== method.toUpperCase()) continue;
    if (!pathMatches(fault.path, pathname)) continue;
    if (fault.ratio !== undefined && !(store.options.random() < fault.ratio)) continue;
    if (fault.times !== undefined) {
      fault.times--;
      if (fault.times <= 0) store.state.faults = store.state.faults.filter((f) => f !== fault);
      store.touch();
    }
    return fault;
  }
  return undefined;
}

/** A response for the fault, or undefined to go on (latency only; after the handler: its own answer). */
export async function applyFault(store: Store, fault: Fault, request: Request): Promise<Response | undefined> {
  if (fault.latencyMs) await store.options.sleep(fault.latencyMs);
  if (fault.hang) return hangUntilGone(store, request);
  if (fault.drop) return Response.error();
  if (fault.status === undefined) return undefined;
  const body = fault.body ?? errorBody('INJECTED_FAULT', `Injected fault ${fault.id} (status ${fault.status})`);
  return Response.json(body, { status: fault.status });
}

// Requests held by `hang` faults, per store: released (as dropped connections) when the client aborts, or all at
// once by releaseHung() so that a server can close without waiting for them.
const hung = new WeakMap<Store, Set<() => void>>();

function hangUntilGone(store: Store, request: Request): Promise<Response> {
  let held = hung.get(store);
  if (!held) hung.set(store, (held = new Set()));
  const waiting = held;
  return new Promise((resolve) => {
    const release = () => {
      waiting.delete(release);
      request.signal.removeEventListener('abort', release);
      resolve(Response.error());
    };
    waiting.add(release);
    if (request.signal.aborted) release();
    else request.signal.addEventListener('abort', release, { once: true });
  });
}

/** Drops every held request; returns how many there were. */
export function releaseHung(store: Store): number {
  const held = [...(hung.get(store) ?? [])];
  for (const release of held) release();
  return held.length;
}
