import { queryOptions } from '@tanstack/react-query';
import type { AxigenClient, SearchMailsInput } from '@inkwell/axigen-client';
import { mailKeys } from '../keys/mail-keys';
import { staleTimes } from './stale-times';

// Beside the folders' key, not below it: invalidating the lists after a flag change must not run the search again
// (a new temporary folder each time); the result pages, below the folders' key, are refreshed instead.
export const searchKeys = {
  all: () => [...mailKeys.all, 'search'] as const,
  search: (input: SearchMailsInput) => [...mailKeys.all, 'search', input] as const,
};

/**
 * `queryOptions` for `POST /mails/search`: the answer is a temporary folder; read its pages with
 * `mailListQueries.page(client, result.folderId, page)`. Disabled until there are folders and criteria. A search
 * whose key changes is cancelled (its `signal`) once nothing observes it.
 */
export const searchQueries = {
  search: (client: AxigenClient, input: SearchMailsInput) =>
    queryOptions({
      queryKey: searchKeys.search(input),
      queryFn: ({ signal }) => client.searchMails(input, { signal }),
      enabled: input.folderIds.length > 0 && input.query.length > 0,
      staleTime: staleTimes.mail,
    }),
};
