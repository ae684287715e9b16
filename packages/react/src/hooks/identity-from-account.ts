import type { AccountInfo, AliasesResponse } from '@inkwell/axigen-client';
import type { ComposeIdentity } from '@inkwell/compose-core';

/**
 * The sender an account writes as: `fullName <accountName@domainName>` (reference §7, the inferred default From),
 * and every address it receives on (main address and aliases), which reply-all leaves out.
 */
export function identityFromAccount(info: AccountInfo, aliases: AliasesResponse): ComposeIdentity {
  // `accountName` is the local part on real servers; tolerate one that already carries its domain.
  const address = info.accountName.includes('@') ? info.accountName : `${info.accountName}@${info.domainName}`;
  const own = [address, ...aliases.items.map((alias) => alias.emailAddress)];
  const seen = new Set<string>();
  const ownAddresses = own.filter((a) => {
    const key = a.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const name = info.fullName.trim();
  return { from: name === '' ? { address } : { name, address }, ownAddresses };
}
