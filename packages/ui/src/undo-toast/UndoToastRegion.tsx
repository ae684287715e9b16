'use client';
import { UndoToast, type UndoToastRegionRootProps } from './UndoToast';

export type UndoToastRegionProps = Omit<UndoToastRegionRootProps, 'children'>;

/** The ready-made region: place it once near the app root, inside `InkwellProvider`; it outlives compose views. */
export function UndoToastRegion(props: UndoToastRegionProps) {
  return <UndoToast.Region {...props} />;
}
