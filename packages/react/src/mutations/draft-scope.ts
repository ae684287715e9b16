import type { MutationScope } from '@tanstack/react-query';

export interface ComposeMutationOptions {
  /**
   * A stable id for the draft these mutations act on (the compose session's id, or the draft's mail id).
   * Mutations that share it run one after another, in the order they were started: a save never races
   * the send that follows it.
   */
  draftId?: string;
}

/** The mutation scope of one draft, `{ id: 'draft:<draftId>' }`; none without a draft id. */
export function draftScope(draftId: string | undefined): MutationScope | undefined {
  if (draftId === undefined) return undefined;
  if (draftId === '') throw new TypeError('composeMutations: draftId must not be empty');
  return { id: `draft:${draftId}` };
}
