import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { AxigenClient } from '@inkwell/axigen-client';
import { mailKeys } from '../keys/mail-keys';
import { staleTimes } from './stale-times';

/** The server accepts 1–50 suggestions per request (§4 contacts autocomplete). */
export const MAX_AUTOCOMPLETE_LIMIT = 50;

export const contactQueries = {
  /**
   * `GET /contacts/autocomplete`. Disabled for a blank query; keeps the previous suggestions on screen
   * while the next keystroke's request runs, and aborts a request the user has typed past.
   */
  autocomplete: (client: AxigenClient, query: string, limit = 10) => {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_AUTOCOMPLETE_LIMIT) {
      throw new RangeError(
        `contactQueries.autocomplete: limit must be an integer from 1 to ${MAX_AUTOCOMPLETE_LIMIT}, got ${limit}`,
      );
    }
    const trimmed = query.trim();
    return queryOptions({
      queryKey: mailKeys.contacts(trimmed, limit),
      queryFn: ({ signal }) => client.autocompleteContacts(trimmed, { signal, limit }),
      enabled: trimmed !== '',
      staleTime: staleTimes.contacts,
      placeholderData: keepPreviousData,
    });
  },
};
