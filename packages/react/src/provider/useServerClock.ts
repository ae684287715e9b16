'use client';
import type { ServerClock } from '@inkwell/compose-core';
import { useInkwell } from './useInkwell';

/** The server clock given to the nearest `InkwellProvider`, if any: for checks of a time outside a compose view. */
export function useServerClock(): ServerClock | undefined {
  return useInkwell().serverClock;
}
