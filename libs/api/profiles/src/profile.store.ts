import type { EntryState, ProfileItem } from '@bs/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProfileEntryEntity } from './profile-entry.entity';
import { ProfileEntity } from './profile.entity';

/** The provenance of a stored entry, as the domain's adjustment rules see it. */
export function toEntryState(entry: ProfileEntryEntity): EntryState {
  return {
    category: entry.category,
    code: entry.code,
    direction: entry.direction,
    fromCheck: entry.fromCheck,
    manual: entry.manual,
    hidden: entry.hidden,
    examples: entry.examples,
  };
}

/** Persistence of profiles and their entries; every method runs in the caller's transaction. */
@Injectable()
export class ProfileStore {
  /**
   * The organisation's profile row, created with defaults when missing, locked until the
   * transaction ends: changes to one profile are serialised, so none is lost.
   */
  async lockProfile(manager: EntityManager, organisationId: string): Promise<ProfileEntity> {
    await manager.query(
      `INSERT INTO profile (organisation_id) VALUES ($1) ON CONFLICT (organisation_id) DO NOTHING`,
      [organisationId],
    );
    return manager.findOneOrFail(ProfileEntity, {
      where: { organisationId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /**
   * Writes entries (insert or update of provenance and examples, keyed by item) and deletes
   * the removed ones. Offer terms and verifications of kept entries stay as they are.
   */
  async writeEntries(
    manager: EntityManager,
    organisationId: string,
    entries: readonly EntryState[],
    removed: readonly ProfileItem[],
    addedBy: string | null = null,
  ): Promise<void> {
    if (removed.length > 0) {
      await manager.query(
        `DELETE FROM profile_entry e
          USING jsonb_to_recordset($2::jsonb) AS r(category profile_category, code text,
                direction topic_direction)
          WHERE e.organisation_id = $1 AND e.category = r.category AND e.code = r.code
            AND e.direction IS NOT DISTINCT FROM r.direction`,
        [organisationId, JSON.stringify(removed)],
      );
    }
    if (entries.length === 0) return;
    await manager.query(
      `INSERT INTO profile_entry (organisation_id, category, code, direction, from_check, manual,
                                  hidden, examples, added_by)
       SELECT $1, r.category, r.code, r.direction, r."fromCheck", r.manual, r.hidden,
              ARRAY(SELECT jsonb_array_elements_text(r.examples)), $3
         FROM jsonb_to_recordset($2::jsonb) AS r(category profile_category, code text,
              direction topic_direction, "fromCheck" boolean, manual boolean, hidden boolean,
              examples jsonb)
       ON CONFLICT (organisation_id, category, code, direction) DO UPDATE
          SET from_check = EXCLUDED.from_check, manual = EXCLUDED.manual,
              hidden = EXCLUDED.hidden, examples = EXCLUDED.examples, updated_at = now(),
              added_by = CASE WHEN EXCLUDED.manual AND NOT profile_entry.manual
                              THEN EXCLUDED.added_by ELSE profile_entry.added_by END,
              verified_at = CASE WHEN EXCLUDED.hidden THEN NULL ELSE profile_entry.verified_at END,
              verified_by_organisation_id = CASE WHEN EXCLUDED.hidden THEN NULL
                                                 ELSE profile_entry.verified_by_organisation_id END,
              verified_by_user_id = CASE WHEN EXCLUDED.hidden THEN NULL
                                         ELSE profile_entry.verified_by_user_id END`,
      [organisationId, JSON.stringify(entries), addedBy],
    );
  }

  /** The stored entry of an item, if any. */
  findEntry(
    manager: EntityManager,
    organisationId: string,
    item: ProfileItem,
  ): Promise<ProfileEntryEntity | null> {
    return manager
      .createQueryBuilder(ProfileEntryEntity, 'e')
      .where('e.organisation_id = :organisationId', { organisationId })
      .andWhere('e.category = :category', { category: item.category })
      .andWhere('e.code = :code', { code: item.code })
      .andWhere('e.direction IS NOT DISTINCT FROM :direction', { direction: item.direction })
      .getOne();
  }
}
