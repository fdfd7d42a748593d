/** Roles of a user within one organisation, strongest first. */
export const MEMBERSHIP_ROLES = ['OWNER', 'EDITOR', 'VIEWER'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

const RANK: Record<MembershipRole, number> = { OWNER: 3, EDITOR: 2, VIEWER: 1 };

/** Whether `role` is at least `required` (OWNER ≥ EDITOR ≥ VIEWER). */
export function roleAtLeast(
  role: MembershipRole | null | undefined,
  required: MembershipRole,
): boolean {
  return role !== null && role !== undefined && RANK[role] >= RANK[required];
}

/**
 * Whether changing the roles of an organisation's members keeps at least one owner.
 * `owners` are the current owners' user ids; the change removes or demotes `userId`.
 */
export function keepsAnOwner(owners: readonly string[], userId: string): boolean {
  return owners.some((owner) => owner !== userId);
}
