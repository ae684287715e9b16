import { useMutation, useQuery } from '@tanstack/react-query';
import type { AxigenClient, Mail, SearchMailsResponse } from '@inkwell/axigen-client';
import { searchQueries } from '../queries/search-queries';
import { mailMutations, type UpdateMailVariables } from './mail-mutations';

declare const client: AxigenClient;

describe('read state and search', () => {
  test('updateMail takes a mail id and the flags, and gives the mail', () => {
    const update = useMutation(mailMutations.updateMail(client));
    expectTypeOf(update.data).toEqualTypeOf<Mail | undefined>();
    expectTypeOf(update.mutate).parameter(0).toEqualTypeOf<UpdateMailVariables>();
    update.mutate({ mailId: 'm', isUnread: false });
    // @ts-expect-error the flags are booleans
    update.mutate({ mailId: 'm', isUnread: 'no' });
    // @ts-expect-error a mail id is required
    update.mutate({ isFlagged: true });
  });

  test('search gives the temporary folder', () => {
    const search = useQuery(searchQueries.search(client, { folderIds: ['f'], query: [{ field: 'from', value: 'x' }] }));
    expectTypeOf(search.data).toEqualTypeOf<SearchMailsResponse | undefined>();
    // @ts-expect-error criteria need a field
    searchQueries.search(client, { folderIds: ['f'], query: [{ value: 'x' }] });
  });
});
