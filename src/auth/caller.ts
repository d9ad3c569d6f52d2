/**
 * Who is asking. Every API route resolves one of these before it touches data, and answers only for
 * the organisations it lists: a session speaks for its user's memberships, a token for its one org.
 */
export type Caller =
  | { kind: 'session'; userId: string; orgIds: string[]; sessionSecret: string }
  | { kind: 'token'; tokenId: string; orgIds: [string] };

export function canSee(caller: Caller, orgId: string): boolean {
  return caller.orgIds.includes(orgId);
}

/** How the caller is named in job history (`created_by`, cancel/retry events). */
export function callerLabel(caller: Caller): string {
  return caller.kind === 'session' ? `user:${caller.userId}` : `token:${caller.tokenId}`;
}
