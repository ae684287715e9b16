'use client';
import { useContext } from 'react';
import { InkwellContext, type InkwellContextValue } from './inkwell-context';

/** The provider's client, outbox and identity; throws a clear error outside an `InkwellProvider`. */
export function useInkwell(): InkwellContextValue {
  const value = useContext(InkwellContext);
  if (!value) {
    throw new Error('Inkwell hooks must be used inside <InkwellProvider client={…}>.');
  }
  return value;
}
