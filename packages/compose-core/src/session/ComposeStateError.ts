/** A session method called in a state that does not allow it (e.g. editing a scheduled mail). */
export class ComposeStateError extends Error {
  override readonly name = 'ComposeStateError';
}
