/** The two browser login modes of the reference (§2): a session cookie, or a login header resent on every call. */
export type SignInMode = 'cookie' | 'header';

export interface SignInDetails {
  username: string;
  password: string;
  mode: SignInMode;
}
