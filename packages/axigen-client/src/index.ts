export type * from './wire';
export type * from './client-types';

export { createAxigenClient, UPLOAD_FIELD_NAME, AUTOCOMPLETE_LIMIT } from './create-axigen-client';
export { AxigenError, isAxigenError } from './axigen-error';
export type { AxigenErrorKind, AxigenErrorOperation, AxigenErrorInit, AxigenOutcome } from './axigen-error';
export { CookieJar } from './cookie-jar';
export { createSessionCoordinator } from './session-coordinator';
export type {
  ChannelLike,
  LockManagerLike,
  SessionCoordinator,
  SessionCoordinatorOptions,
  SessionMember,
} from './session-coordinator';
export { DEFAULT_TIMEOUT_MS, DEFAULT_UPLOAD_TIMEOUT_MS, DEFAULT_UPLOAD_BYTES_PER_SECOND } from './operation-policy';
export { formatAddress, formatAddressList } from './format-address';
export type { AddressContext } from './format-address';
export { toAsciiDomain } from './to-ascii-domain';
export { toUnicodeDomain } from './to-unicode-domain';
export { normalizeAddress } from './normalize-address';
// Reading address lists (postal-mime) is `@inkwell/axigen-client/addresses`, so the main entry does not carry the parser.
