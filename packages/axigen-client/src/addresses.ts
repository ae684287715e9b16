// `@inkwell/axigen-client/addresses`: reading RFC 5322 address lists (display names, groups, encoded words) with
// postal-mime. Kept out of the main entry: the client writes addresses itself and needs no parser for that.
export { parseAddressList } from './parse-address-list';
export { readAddressList } from './read-address-list';
export type { AddressListEntry, AddressListProblem } from './read-address-list';
