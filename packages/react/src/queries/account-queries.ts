import { queryOptions } from '@tanstack/react-query';
import type { AxigenClient } from '@inkwell/axigen-client';
import { mailKeys } from '../keys/mail-keys';
import { staleTimes } from './stale-times';

/** `queryOptions` for the account reads behind the From picker, signatures and send defaults (§7). */
export const accountQueries = {
  info: (client: AxigenClient) =>
    queryOptions({
      queryKey: mailKeys.accountInfo(),
      queryFn: ({ signal }) => client.getAccountInfo({ signal }),
      staleTime: staleTimes.account,
    }),
  aliases: (client: AxigenClient) =>
    queryOptions({
      queryKey: mailKeys.aliases(),
      queryFn: ({ signal }) => client.listAliases({ signal }),
      staleTime: staleTimes.account,
    }),
  signatures: (client: AxigenClient) =>
    queryOptions({
      queryKey: mailKeys.signatures(),
      queryFn: ({ signal }) => client.listSignatures({ signal }),
      staleTime: staleTimes.account,
    }),
  /** One signature with its body. Disabled while `id` is empty. */
  signature: (client: AxigenClient, id: string) =>
    queryOptions({
      queryKey: mailKeys.signature(id),
      queryFn: ({ signal }) => client.getSignature(id, { signal }),
      enabled: id !== '',
      staleTime: staleTimes.account,
    }),
  settings: (client: AxigenClient) =>
    queryOptions({
      queryKey: mailKeys.settings(),
      queryFn: ({ signal }) => client.getSettings({ signal }),
      staleTime: staleTimes.account,
    }),
};
