// `@inkwell/react/mailbox`: browsing a mailbox (folders, message lists, a mail and its body, search, read state and
// flags). Kept out of the main
// entry: an app that embeds only the composer does not download them.
export { mailQueries, type BodyQueryOptions } from './queries/mail-queries';
export { mailListQueries, mailListKeys, MAIL_LIST_PAGE_SIZE } from './queries/mail-list-queries';
export { searchQueries, searchKeys } from './queries/search-queries';
export { mailMutations, mailMutationKeys, type UpdateMailVariables } from './mutations/mail-mutations';
export { applyMailFlags, type MailFlags } from './mutations/apply-mail-flags';
