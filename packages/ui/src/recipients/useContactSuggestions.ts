import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { AxigenClient, ContactSuggestion } from '@inkwell/axigen-client';
import { contactQueries, useInkwellClient } from '@inkwell/react';

/** How long typing must pause before the contacts are asked. */
export const SUGGESTION_DEBOUNCE_MS = 200;

const none: readonly ContactSuggestion[] = [];

/**
 * Contact suggestions for what the user is typing: asked once typing pauses, and a request the user has typed
 * past is aborted (TanStack Query hands the client an AbortSignal and cancels a query nobody observes any more).
 * Needs an `InkwellProvider`.
 */
export function useContactSuggestions(
  query: string,
  { limit = 8, client: given }: { limit?: number; client?: AxigenClient } = {},
): { suggestions: readonly ContactSuggestion[]; pending: boolean } {
  const provided = useInkwellClient();
  const client = given ?? provided;
  const trimmed = query.trim();
  const [asked, setAsked] = useState(trimmed);
  useEffect(() => {
    if (trimmed === '') return;
    const timer = setTimeout(() => setAsked(trimmed), SUGGESTION_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [trimmed]);
  const current = trimmed !== '' && asked === trimmed;
  const result = useQuery({ ...contactQueries.autocomplete(client, current ? asked : '', limit), enabled: current });
  return {
    // The last answer stays on screen while the next is asked (no flicker as the user types on).
    suggestions: trimmed !== '' ? (result.data?.items ?? none) : none,
    pending: trimmed !== '' && (!current || result.isFetching),
  };
}
