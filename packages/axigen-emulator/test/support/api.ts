// Raw-HTTP helpers for runtime tests (the contract tests use the real client instead).
export const ALICE = { username: 'alice@inkwell.test', password: 'wonderland' } as const;
export const BOB = { username: 'bob@inkwell.test', password: 'builder' } as const;

export interface HeaderSession {
  headers: Record<string, string>;
}

/** Header-mode login (Basic), returning the headers every later call needs. */
export async function loginBasic(
  baseUrl: string,
  account: { username: string; password: string } = ALICE,
): Promise<HeaderSession> {
  const authorization = `Basic ${Buffer.from(`${account.username}:${account.password}`, 'utf8').toString('base64')}`;
  const response = await fetch(`${baseUrl}/api/v1/login`, {
    method: 'POST',
    headers: { Authorization: authorization },
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const { sessid } = (await response.json()) as { sessid: string };
  return { headers: { Authorization: authorization, 'X-Axigen-Session': sessid } };
}

export async function createDraft(
  baseUrl: string,
  session: HeaderSession,
  body: Record<string, unknown>,
): Promise<{ id: string }> {
  const response = await fetch(`${baseUrl}/api/v1/mails`, {
    method: 'POST',
    headers: { ...session.headers, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 200) throw new Error(`create failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string };
}
