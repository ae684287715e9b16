'use client';
import type { AxigenClient } from '@inkwell/axigen-client';
import { useInkwell } from './useInkwell';

/** The Axigen client of the nearest `InkwellProvider`, for the query and mutation factories. */
export function useInkwellClient(): AxigenClient {
  return useInkwell().client;
}
