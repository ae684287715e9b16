import { queryOptions } from '@tanstack/react-query';
import type { AxigenClient } from '@inkwell/axigen-client';
import { mailKeys, type BodyType } from '../keys/mail-keys';
import { staleTimes } from './stale-times';

export interface BodyQueryOptions {
  /** Ask the server to keep remote images in the HTML; part of the key, since the content differs. */
  showExternalImages?: boolean;
}

/** `queryOptions` for the mail reads a composer needs (reply, forward, reopening a draft). */
export const mailQueries = {
  /** `GET /mails/{id}`. Disabled while `id` is empty (not known yet). */
  mail: (client: AxigenClient, id: string) =>
    queryOptions({
      queryKey: mailKeys.mail(id),
      queryFn: ({ signal }) => client.getMail(id, { signal }),
      enabled: id !== '',
      staleTime: staleTimes.mail,
    }),

  /** `GET /mails/{id}/body`, decoded; the whole body even when the server truncated it. */
  body: (client: AxigenClient, id: string, type: BodyType = 'html', options: BodyQueryOptions = {}) => {
    const showExternalImages = options.showExternalImages ?? false;
    return queryOptions({
      queryKey: mailKeys.body(id, type, showExternalImages),
      queryFn: ({ signal }) => client.getBody(id, type, { signal, showExternalImages }),
      enabled: id !== '',
      staleTime: staleTimes.body,
    });
  },

  /** `GET /mails/{id}/attachments`. */
  attachments: (client: AxigenClient, id: string) =>
    queryOptions({
      queryKey: mailKeys.attachments(id),
      queryFn: ({ signal }) => client.listAttachments(id, { signal }),
      enabled: id !== '',
      staleTime: staleTimes.mail,
    }),

  /** `GET /folders/?type=mails`. */
  folders: (client: AxigenClient) =>
    queryOptions({
      queryKey: mailKeys.folders(),
      queryFn: ({ signal }) => client.listFolders({ signal }),
      staleTime: staleTimes.folders,
    }),
};
