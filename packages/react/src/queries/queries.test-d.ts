import { QueryClient, useQuery, useSuspenseQuery, type QueryKey } from '@tanstack/react-query';
import type {
  AccountInfo,
  AccountSettings,
  AliasesResponse,
  AttachmentInstance,
  AxigenClient,
  ContactsAutocompleteResponse,
  FoldersResponse,
  Mail,
  MailBody,
  Signature,
  SignaturesResponse,
} from '@inkwell/axigen-client';
import { mailKeys } from '../keys/mail-keys';
import { accountQueries } from './account-queries';
import { contactQueries } from './contact-queries';
import { mailQueries } from './mail-queries';

declare const client: AxigenClient;

describe('query factories', () => {
  test('mail reads give the wire types', () => {
    expectTypeOf(useQuery(mailQueries.mail(client, 'id')).data).toEqualTypeOf<Mail | undefined>();
    expectTypeOf(useSuspenseQuery(mailQueries.mail(client, 'id')).data).toEqualTypeOf<Mail>();
    expectTypeOf(useQuery(mailQueries.body(client, 'id')).data).toEqualTypeOf<MailBody | undefined>();
    expectTypeOf(useQuery(mailQueries.body(client, 'id', 'text', { showExternalImages: true })).data).toEqualTypeOf<
      MailBody | undefined
    >();
    expectTypeOf(useQuery(mailQueries.attachments(client, 'id')).data).toEqualTypeOf<
      { items: AttachmentInstance[] } | undefined
    >();
    expectTypeOf(useQuery(mailQueries.folders(client)).data).toEqualTypeOf<FoldersResponse | undefined>();
  });

  test('account reads give the wire types', () => {
    expectTypeOf(useQuery(accountQueries.info(client)).data).toEqualTypeOf<AccountInfo | undefined>();
    expectTypeOf(useQuery(accountQueries.aliases(client)).data).toEqualTypeOf<AliasesResponse | undefined>();
    expectTypeOf(useQuery(accountQueries.signatures(client)).data).toEqualTypeOf<SignaturesResponse | undefined>();
    expectTypeOf(useQuery(accountQueries.signature(client, 's1')).data).toEqualTypeOf<Signature | undefined>();
    expectTypeOf(useQuery(accountQueries.settings(client)).data).toEqualTypeOf<AccountSettings | undefined>();
  });

  test('autocomplete gives suggestions', () => {
    expectTypeOf(useQuery(contactQueries.autocomplete(client, 'jo')).data).toEqualTypeOf<
      ContactsAutocompleteResponse | undefined
    >();
    expectTypeOf(contactQueries.autocomplete).parameter(2).toEqualTypeOf<number | undefined>();
  });

  test('keys carry the data type, so setQueryData is checked', () => {
    const key = mailQueries.mail(client, 'id').queryKey;
    expectTypeOf(key).toExtend<QueryKey>();
    expectTypeOf(key).toExtend<ReturnType<typeof mailKeys.mail>>();
  });

  test('setQueryData through a factory key is checked against the data type', () => {
    const queryClient = new QueryClient();
    const { queryKey } = mailQueries.mail(client, 'id');
    expectTypeOf(queryClient.getQueryData(queryKey)).toEqualTypeOf<Mail | undefined>();
    // @ts-expect-error a folder list is not a mail
    queryClient.setQueryData(queryKey, { syncToken: '', items: [] } satisfies FoldersResponse);
  });

  test('mailKeys are readonly tuples that start with their parent', () => {
    expectTypeOf(mailKeys.mail('m1')).toEqualTypeOf<readonly ['inkwell', 'mails', string]>();
    expectTypeOf(mailKeys.attachments('m1')).toEqualTypeOf<readonly ['inkwell', 'mails', string, 'attachments']>();
    expectTypeOf(mailKeys.signature('s1')).toEqualTypeOf<readonly ['inkwell', 'account', 'signatures', string]>();
    // @ts-expect-error the body type is html or text
    mailKeys.body('m1', 'rtf');
  });

  test('bad arguments do not compile', () => {
    // @ts-expect-error a mail id is a string
    mailQueries.mail(client, 1);
    // @ts-expect-error the body type is html or text
    mailQueries.body(client, 'id', 'pdf');
    // @ts-expect-error misspelt option
    mailQueries.body(client, 'id', 'html', { showExternalImage: true });
    // @ts-expect-error the client comes first
    accountQueries.info();
    // @ts-expect-error the query is a string
    contactQueries.autocomplete(client, ['jo']);
  });
});
