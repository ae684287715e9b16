// Answered/forwarded state of a source mail (`refwFlags`).
import type { RefwFlags } from '@inkwell/axigen-client';

export function addRefwFlag(flags: RefwFlags, type: 're' | 'fw'): RefwFlags {
  const re = flags === 're' || flags === 'refw' || type === 're';
  const fw = flags === 'fw' || flags === 'refw' || type === 'fw';
  return re && fw ? 'refw' : re ? 're' : 'fw';
}

/** Undo Send clears the flag of that kind even if it was set before this send (reference §3). */
export function removeRefwFlag(flags: RefwFlags, type: 're' | 'fw'): RefwFlags {
  const re = (flags === 're' || flags === 'refw') && type !== 're';
  const fw = (flags === 'fw' || flags === 'refw') && type !== 'fw';
  return re && fw ? 'refw' : re ? 're' : fw ? 'fw' : '';
}
