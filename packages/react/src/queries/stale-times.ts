// How long reads stay fresh. A mail changes rarely while it is open (flags aside); account data and
// folders change on another device at most; contact suggestions are cheap to refetch.
export const staleTimes = {
  mail: 30_000,
  body: 5 * 60_000,
  folders: 60_000,
  account: 5 * 60_000,
  contacts: 60_000,
} as const;
