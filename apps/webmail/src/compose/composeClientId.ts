// The compose view's local id survives a reload, so the journal can give back what the user typed.
const key = 'inkwell.webmail.compose.clientId';

export function readComposeClientId(): string {
  const existing = localStorage.getItem(key);
  if (existing) return existing;
  const id = `compose-${crypto.randomUUID()}`;
  localStorage.setItem(key, id);
  return id;
}

/** After a send, the next compose view is a new message. */
export function forgetComposeClientId(): void {
  localStorage.removeItem(key);
}
