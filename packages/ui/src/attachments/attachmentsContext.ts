// The attachments widget's parts find their widget through this context; `Attachments.Root` provides it.
import { createContext, useContext } from 'react';
import type { AttachmentsApi } from './useAttachments';

export const AttachmentsContext = createContext<AttachmentsApi | null>(null);

/** The widget a part belongs to; parts must sit inside `Attachments.Root`. */
export function useAttachmentsContext(): AttachmentsApi {
  const api = useContext(AttachmentsContext);
  if (!api) throw new Error('Attachments parts must be inside <Attachments.Root>.');
  return api;
}

export const cx = (base: string, extra?: string) => (extra ? `${base} ${extra}` : base);
