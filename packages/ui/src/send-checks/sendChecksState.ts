import type { SendCheck } from '@inkwell/compose-core';

/** `blocked`: at least one error, so there is no "Send anyway"; `warning`: only warnings, the user may confirm. */
export type SendChecksSeverity = 'blocked' | 'warning' | 'clear';

/** Errors first (they must be fixed), then warnings, each group in compose-core's order. */
export function sendChecksState(checks: readonly SendCheck[]): {
  severity: SendChecksSeverity;
  ordered: readonly SendCheck[];
} {
  const errors = checks.filter((c) => c.severity === 'error');
  const warnings = checks.filter((c) => c.severity !== 'error');
  const severity = errors.length > 0 ? 'blocked' : warnings.length > 0 ? 'warning' : 'clear';
  return { severity, ordered: [...errors, ...warnings] };
}
