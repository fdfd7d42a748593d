import type { MembershipRole } from './roles';

/**
 * What an actor is to one organisation: its membership role there, a consultant with an
 * active grant, a member of an intermediary serving the organisation's district, or a
 * platform administrator. An actor can hold several relations at once.
 */
export type Relation = MembershipRole | 'CONSULTANT' | 'INTERMEDIARY' | 'ADMIN';

/** Everything that needs permission, and who has it. The one place these rules live. */
export const PERMISSIONS = {
  /** Private contact person, members' names. */
  'organisation.readPrivate': ['OWNER', 'EDITOR', 'VIEWER', 'CONSULTANT', 'INTERMEDIARY', 'ADMIN'],
  'organisation.update': ['OWNER', 'EDITOR', 'ADMIN'],
  'organisation.delete': ['OWNER', 'ADMIN'],
  'members.read': ['OWNER', 'EDITOR', 'VIEWER', 'ADMIN'],
  'members.manage': ['OWNER', 'ADMIN'],
  'consultants.read': ['OWNER', 'EDITOR', 'ADMIN'],
  'consultants.manage': ['OWNER', 'ADMIN'],
  'intermediaryRegion.manage': ['ADMIN'],
  /** The practice checks (assessments) and their measures. */
  'assessment.read': ['OWNER', 'EDITOR', 'VIEWER', 'CONSULTANT', 'ADMIN'],
  'assessment.edit': ['OWNER', 'EDITOR', 'CONSULTANT'],
  /** The whole profile, whatever its visibility settings (hidden entries, settings). */
  'profile.readAll': ['OWNER', 'EDITOR', 'VIEWER', 'CONSULTANT', 'INTERMEDIARY', 'ADMIN'],
  /** Adjust entries, offer terms and settings. */
  'profile.edit': ['OWNER', 'EDITOR', 'CONSULTANT', 'ADMIN'],
  /** Confirm a quality attribute: an intermediary serving the organisation's district. */
  'profile.verify': ['INTERMEDIARY'],
  /** The organisation's matches (intermediaries see those of organisations they serve). */
  'matches.read': ['OWNER', 'EDITOR', 'VIEWER', 'CONSULTANT', 'INTERMEDIARY', 'ADMIN'],
  /** Exclude a partner from the matches ("not interested") and undo it. */
  'matches.exclude': ['OWNER', 'EDITOR', 'ADMIN'],
} as const satisfies Record<string, readonly Relation[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Whether an actor with these relations to an organisation may do `permission` there. */
export function isPermitted(permission: Permission, relations: readonly Relation[]): boolean {
  const allowed: readonly Relation[] = PERMISSIONS[permission];
  return relations.some((relation) => allowed.includes(relation));
}
