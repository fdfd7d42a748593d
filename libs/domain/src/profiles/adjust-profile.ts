import type { DerivedItem, ProfileItem } from './profile-types';
import { profileItemKey } from './profile-types';

/**
 * A profile entry with its provenance. An entry can come from the latest check, be added by
 * hand, or both; a check entry removed by hand stays as `hidden`, so the next derivation does
 * not bring it back silently.
 */
export interface EntryState extends ProfileItem {
  /** The latest completed check contains it. */
  readonly fromCheck: boolean;
  /** Added by hand. */
  readonly manual: boolean;
  /** Removed by hand although the check contains it. */
  readonly hidden: boolean;
  /** The check's examples it came from (empty unless `fromCheck`). */
  readonly examples: readonly string[];
}

/** Whether the entry is part of the profile as others see it. */
export function isEffective(entry: EntryState): boolean {
  return (entry.fromCheck || entry.manual) && !entry.hidden;
}

/** What a new derivation changed: items the check added or no longer contains. */
export interface DerivationChange extends ProfileItem {
  readonly change: 'ADDED' | 'REMOVED';
  /**
   * Whether the profile as others see it changed: false when a check item was hidden by
   * hand or a removed check item stays because it was also added by hand.
   */
  readonly effective: boolean;
}

export interface Rederivation {
  /** The entries after the derivation, in the order of the derived items, then the rest. */
  readonly entries: readonly EntryState[];
  /** Entries that no longer exist at all. */
  readonly removed: readonly ProfileItem[];
  readonly changes: readonly DerivationChange[];
}

const plain = (item: ProfileItem): ProfileItem => ({
  category: item.category,
  code: item.code,
  direction: item.direction,
});

/**
 * Applies a new derivation to the stored entries: check entries are replaced by the new
 * derivation; entries added by hand are kept; a check entry hidden by hand stays hidden while
 * the check still contains it and is forgotten once it no longer does.
 */
export function rederive(
  existing: readonly EntryState[],
  derived: readonly DerivedItem[],
): Rederivation {
  const before = new Map(existing.map((e) => [profileItemKey(e), e]));
  const derivedKeys = new Set(derived.map(profileItemKey));
  const entries: EntryState[] = [];
  const changes: DerivationChange[] = [];
  const removed: ProfileItem[] = [];

  for (const item of derived) {
    const was = before.get(profileItemKey(item));
    const next: EntryState = {
      ...plain(item),
      fromCheck: true,
      manual: was?.manual ?? false,
      hidden: was?.hidden ?? false,
      examples: [...item.examples],
    };
    entries.push(next);
    if (!was?.fromCheck) {
      changes.push({
        ...plain(item),
        change: 'ADDED',
        effective: !(was && isEffective(was)) && isEffective(next),
      });
    }
  }
  for (const was of existing) {
    if (derivedKeys.has(profileItemKey(was))) continue;
    if (was.fromCheck) {
      changes.push({
        ...plain(was),
        change: 'REMOVED',
        effective: isEffective(was) && !was.manual,
      });
    }
    if (was.manual) {
      entries.push({ ...was, fromCheck: false, hidden: false, examples: [] });
    } else {
      removed.push(plain(was));
    }
  }
  return { entries, removed, changes };
}

/**
 * Adds an item by hand. A check entry that was hidden by hand simply comes back as a check
 * entry (undoing the hiding, so a later check that drops it removes it); anything else is
 * marked as added by hand and stays whatever later checks contain.
 */
export function addByHand(existing: EntryState | undefined, item: ProfileItem): EntryState {
  if (existing?.fromCheck && existing.hidden) return { ...existing, hidden: false };
  return {
    ...plain(item),
    fromCheck: existing?.fromCheck ?? false,
    manual: true,
    hidden: false,
    examples: existing?.examples ?? [],
  };
}

/**
 * Removes an item by hand: a check entry is kept hidden (so the next derivation does not
 * restore it), any other entry is deleted (`null`).
 */
export function removeByHand(existing: EntryState): EntryState | null {
  if (!existing.fromCheck) return null;
  return { ...existing, manual: false, hidden: true };
}
