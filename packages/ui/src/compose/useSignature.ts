import { accountQueries, useInkwellClient } from '@inkwell/react';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';

const KEY = 'inkwell.signature.';

function remembered(address: string): string | null | undefined {
  try {
    const value = globalThis.localStorage?.getItem(KEY + address.toLowerCase());
    return value === null || value === undefined ? undefined : value === '' ? null : value;
  } catch {
    return undefined;
  }
}

function remember(address: string, id: string | null) {
  try {
    globalThis.localStorage?.setItem(KEY + address.toLowerCase(), id ?? '');
  } catch {
    // Private mode or a full quota: the choice then lasts for this window only.
  }
}

export interface SignatureChoice {
  /** The account's signatures (the API links none to an address, so the user picks, once per address). */
  options: { id: string; name: string }[];
  /** The chosen signature's id, or null for none. */
  selectedId: string | null;
  select: (id: string | null) => void;
  /** The chosen signature as HTML, undefined while loading. */
  html: string | undefined;
  /** True until the list, and the chosen body, have answered (or failed). */
  loading: boolean;
}

/**
 * The signature for a sender address: what the user chose last for that address, else the account's first one.
 * Plain-text signatures are escaped into paragraphs.
 */
export function useSignature(address: string): SignatureChoice {
  const client = useInkwellClient();
  const list = useQuery(accountQueries.signatures(client));
  const [choices, setChoices] = useState<Record<string, string | null>>({});
  const options = (list.data?.items ?? []).map(({ id, name }) => ({ id: String(id), name }));
  const stored = address in choices ? choices[address] : remembered(address);
  const selectedId = stored === undefined ? (options[0]?.id ?? null) : stored;
  const body = useQuery(accountQueries.signature(client, selectedId ?? ''));
  const select = useCallback(
    (id: string | null) => {
      remember(address, id);
      setChoices((current) => ({ ...current, [address]: id }));
    },
    [address],
  );
  const html =
    selectedId === null
      ? ''
      : body.data
        ? body.data.type === 'html'
          ? body.data.body
          : textToHtml(body.data.body)
        : undefined;
  const loading = list.isPending || (selectedId !== null && body.isPending && !body.isError);
  return { options, selectedId, select, html: body.isError ? '' : html, loading: loading && !list.isError };
}

function textToHtml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<p>${escaped.replace(/\r?\n/g, '<br>')}</p>`;
}
