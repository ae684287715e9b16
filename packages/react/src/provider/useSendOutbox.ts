'use client';
import type { SendOutbox } from '@inkwell/compose-core';
import { useInkwell } from './useInkwell';

/** The send outbox of the nearest `InkwellProvider`. */
export function useSendOutbox(): SendOutbox {
  return useInkwell().outbox;
}
