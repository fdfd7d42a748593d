import { AuditService, ForbiddenError, PolicyService, type Actor } from '@bs/api/access';
import {
  addByHand,
  canSeeField,
  fieldOfItem,
  isEffective,
  isPermitted,
  isTopicCode,
  normaliseVisibility,
  offerTermsProblems,
  PROFILE_FIELDS,
  profileItemProblems,
  radiusProblems,
  ratingsFromLetters,
  readinessOf,
  removeByHand,
  topic,
  type Direction,
  type PartnerKind,
  type ProfileCategory,
  type ProfileField,
  type ProfileItem,
  type Relation,
  type ViewerStanding,
} from '@bs/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type {
  ProfileItemInput,
  SetOfferTermsInput,
  UpdateProfileSettingsInput,
  VerifyAttributeInput,
} from './dto/profile.inputs';
import { MatchIndexWriter } from './match-index.writer';
import type { Profile, ProfileEntry } from './models/profile.model';
import { ProfileEntryEntity } from './profile-entry.entity';
import { ProfileEntity } from './profile.entity';
import {
  EntryNotInProfileError,
  KindHasNoProfileError,
  ProfileProblemsError,
  ProfileVersionConflictError,
  VerifierOutsideRegionError,
} from './profiles.errors';
import { ProfileStore, toEntryState } from './profile.store';

interface VerifierRow {
  is_intermediary: boolean;
  member: boolean;
  serves: boolean;
}

/** How the viewer stands to the organisation, from its relations (see the domain's visibility). */
function standingOf(actor: Actor, relations: readonly Relation[]): ViewerStanding {
  if (isPermitted('profile.readAll', relations)) return 'INSIDER';
  // Accepted contacts arrive with contact requests; until then nobody stands as a contact.
  return actor ? 'SIGNED_IN' : 'ANONYMOUS';
}

/**
 * Reads and adjusts cooperation profiles. Every read filters by the profile's visibility for
 * the viewer; every change locks the profile, checks the input against the domain's rules,
 * and refreshes the match index in the same transaction.
 */
@Injectable()
export class ProfileService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly store: ProfileStore,
    private readonly index: MatchIndexWriter,
  ) {}

  /** The profile as the actor may see it. */
  async get(actor: Actor, organisationId: string): Promise<Profile> {
    const manager = this.dataSource.manager;
    const relations = await this.policy.relations(actor, organisationId, manager);
    const kind = await this.partnerKind(manager, organisationId);
    const standing = standingOf(actor, relations);
    const profile = await manager.findOneBy(ProfileEntity, { organisationId });
    const visibility = normaliseVisibility(profile?.visibility ?? null);
    const visible = (field: ProfileField) => canSeeField(visibility[field], standing);
    const insider = standing === 'INSIDER';

    const entries = await manager
      .createQueryBuilder(ProfileEntryEntity, 'e')
      .leftJoin('organisation', 'v', 'v.id = e.verified_by_organisation_id')
      .addSelect('v.name', 'verifier_name')
      .where('e.organisation_id = :organisationId', { organisationId })
      .orderBy('e.category')
      .addOrderBy('e.direction')
      .addOrderBy('e.id')
      .getRawAndEntities<{ verifier_name: string | null }>();

    const shown: ProfileEntry[] = [];
    entries.entities.forEach((entry, i) => {
      if (!visible(fieldOfItem(entry))) return;
      if (!insider && !isEffective(toEntryState(entry))) return;
      shown.push({
        category: entry.category,
        code: entry.code,
        direction: entry.direction,
        fromCheck: entry.fromCheck,
        manual: entry.manual,
        hidden: entry.hidden,
        examples: entry.examples,
        terms:
          entry.category === 'TOPIC' &&
          entry.direction === 'OFFERS' &&
          isTopicCode(entry.code) &&
          topic(entry.code).effortful
            ? {
                capacityPerYear: entry.capacityPerYear,
                leadTimeDays: entry.leadTimeDays,
                groupSize: entry.groupSize,
              }
            : null,
        verification: entry.verifiedAt
          ? {
              verifiedAt: entry.verifiedAt,
              intermediaryId: entry.verifiedByOrganisationId,
              intermediaryName: entries.raw[i]?.verifier_name ?? null,
            }
          : null,
      });
    });

    const ratings = ratingsFromLetters(profile?.ratings ?? null);
    const readiness = ratings && visible('READINESS') ? readinessOf(ratings) : null;
    return {
      organisationId,
      kind,
      entries: shown,
      readiness: readiness ? { ...readiness, ratings: [...readiness.ratings] } : null,
      derivation:
        profile?.derivedAt && profile.checkTemplate && profile.checkVersion !== null
          ? {
              assessmentId: insider ? profile.assessmentId : null,
              template: profile.checkTemplate,
              version: profile.checkVersion,
              derivedAt: profile.derivedAt,
              changes: insider
                ? profile.lastChanges.map((c) => ({
                    category: c.category as ProfileCategory,
                    code: c.code,
                    direction: c.direction as Direction | null,
                    change: c.change,
                    effective: c.effective,
                  }))
                : [],
            }
          : null,
      settings: insider
        ? {
            radiusKm: profile?.radiusKm ?? 30,
            requireVerified: profile?.requireVerified ?? false,
            visibility: PROFILE_FIELDS.map((field) => ({ field, level: visibility[field] })),
          }
        : null,
      withheldFields: PROFILE_FIELDS.filter((field) => !visible(field)),
      withheld: PROFILE_FIELDS.filter((field) => !visible(field)).map((field) => ({
        field,
        level: visibility[field],
      })),
      canEdit: isPermitted('profile.edit', relations),
      canVerify: isPermitted('profile.verify', relations),
      verifyingIntermediaries:
        actor && isPermitted('profile.verify', relations)
          ? await this.verifyingIntermediaries(manager, actor.userId, organisationId)
          : [],
      // A profile row is created on the first change, starting at version 1.
      version: profile?.version ?? 1,
    };
  }

  /** Adds an entry by hand (idempotent); a check entry removed by hand before comes back. */
  async addEntry(actor: Actor, input: ProfileItemInput): Promise<Profile> {
    const user = this.policy.requireUser(actor);
    await this.change(actor, input.organisationId, async (manager, _profile, kind) => {
      const item = this.checkedItem(kind, input);
      const existing = await this.store.findEntry(manager, input.organisationId, item);
      if (existing && existing.manual) return false;
      const next = addByHand(existing ? toEntryState(existing) : undefined, item);
      await this.store.writeEntries(manager, input.organisationId, [next], [], user.userId);
      return true;
    });
    return this.get(actor, input.organisationId);
  }

  /**
   * Removes an entry by hand (idempotent). A check entry stays hidden so the next check
   * does not bring it back silently; a removed attribute loses its verification.
   */
  async removeEntry(actor: Actor, input: ProfileItemInput): Promise<Profile> {
    await this.change(actor, input.organisationId, async (manager, _profile, kind) => {
      const item = this.checkedItem(kind, input);
      const existing = await this.store.findEntry(manager, input.organisationId, item);
      if (!existing || existing.hidden) return false;
      const next = removeByHand(toEntryState(existing));
      await this.store.writeEntries(
        manager,
        input.organisationId,
        next ? [next] : [],
        next ? [] : [item],
      );
      return true;
    });
    return this.get(actor, input.organisationId);
  }

  /** Capacity, lead time and group size of an offered effortful topic. */
  async setOfferTerms(actor: Actor, input: SetOfferTermsInput): Promise<Profile> {
    await this.change(actor, input.organisationId, async (manager, profile) => {
      this.checkVersion(profile, input.version);
      const terms = {
        capacityPerYear: input.capacityPerYear ?? null,
        leadTimeDays: input.leadTimeDays ?? null,
        groupSize: input.groupSize ?? null,
      };
      const problems = offerTermsProblems(input.topic, terms);
      if (problems.length > 0) throw new ProfileProblemsError(problems);
      const entry = await this.store.findEntry(manager, input.organisationId, {
        category: 'TOPIC',
        code: input.topic,
        direction: 'OFFERS',
      });
      if (!entry || !isEffective(toEntryState(entry))) {
        throw new EntryNotInProfileError('topic', 'profiles.notOffered');
      }
      await manager.update(ProfileEntryEntity, { id: entry.id }, terms);
      return true;
    });
    return this.get(actor, input.organisationId);
  }

  /** Radius, evidence setting and visibility per field. */
  async updateSettings(actor: Actor, input: UpdateProfileSettingsInput): Promise<Profile> {
    const user = this.policy.requireUser(actor);
    await this.change(actor, input.organisationId, async (manager, profile) => {
      this.checkVersion(profile, input.version);
      if (input.radiusKm !== undefined) {
        const problems = radiusProblems(input.radiusKm);
        if (problems.length > 0) throw new ProfileProblemsError(problems);
        profile.radiusKm = input.radiusKm;
      }
      if (input.requireVerified !== undefined) profile.requireVerified = input.requireVerified;
      if (input.visibility) {
        const visibility: Record<string, string> = { ...normaliseVisibility(profile.visibility) };
        for (const { field, level } of input.visibility) visibility[field] = level;
        profile.visibility = visibility;
      }
      await manager.save(profile);
      await this.audit.record(
        {
          actorId: user.userId,
          action: 'profile.settingsChanged',
          organisationId: input.organisationId,
          details: {
            fields: Object.keys(input).filter(
              (k) =>
                k !== 'organisationId' &&
                k !== 'version' &&
                input[k as keyof typeof input] !== undefined,
            ),
          },
        },
        manager,
      );
      return true;
    });
    return this.get(actor, input.organisationId);
  }

  /** Confirms an attribute the organisation holds, as an intermediary serving its district. */
  async verifyAttribute(actor: Actor, input: VerifyAttributeInput): Promise<Profile> {
    return this.setVerification(actor, input, true);
  }

  async revokeAttributeVerification(actor: Actor, input: VerifyAttributeInput): Promise<Profile> {
    return this.setVerification(actor, input, false);
  }

  private async setVerification(
    actor: Actor,
    input: VerifyAttributeInput,
    verified: boolean,
  ): Promise<Profile> {
    const user = this.policy.requireUser(actor);
    await this.dataSource.transaction(async (manager) => {
      await this.policy.relations(actor, input.organisationId, manager);
      await this.partnerKind(manager, input.organisationId);
      const [verifier] = await manager.query<VerifierRow[]>(
        `SELECT i.kind = 'INTERMEDIARY' AS is_intermediary,
                EXISTS (SELECT 1 FROM membership m WHERE m.organisation_id = i.id
                          AND m.user_id = $3 AND m.role IN ('OWNER', 'EDITOR')) AS member,
                EXISTS (SELECT 1 FROM intermediary_district d
                          JOIN organisation o ON o.id = $2 AND o.district_key = d.district_key
                         WHERE d.organisation_id = i.id) AS serves
           FROM organisation i WHERE i.id = $1`,
        [input.intermediaryId, input.organisationId, user.userId],
      );
      if (!verifier?.is_intermediary || !verifier.member)
        throw new ForbiddenError('profile.verify');
      if (!verifier.serves) throw new VerifierOutsideRegionError();

      const profile = await this.store.lockProfile(manager, input.organisationId);
      const entry = await this.store.findEntry(manager, input.organisationId, {
        category: 'ATTRIBUTE',
        code: input.attribute,
        direction: null,
      });
      if (!entry || !isEffective(toEntryState(entry))) {
        throw new EntryNotInProfileError('attribute', 'profiles.attributeNotHeld');
      }
      if (Boolean(entry.verifiedAt) === verified) return;
      await manager.update(
        ProfileEntryEntity,
        { id: entry.id },
        verified
          ? {
              verifiedAt: new Date(),
              verifiedByOrganisationId: input.intermediaryId,
              verifiedByUserId: user.userId,
            }
          : { verifiedAt: null, verifiedByOrganisationId: null, verifiedByUserId: null },
      );
      profile.version += 1;
      await manager.save(profile);
      await this.index.refresh(manager, [input.organisationId]);
      await this.audit.record(
        {
          actorId: user.userId,
          action: verified ? 'profile.attributeVerified' : 'profile.attributeVerificationRevoked',
          organisationId: input.organisationId,
          details: { attribute: input.attribute, intermediaryId: input.intermediaryId },
        },
        manager,
      );
    });
    return this.get(actor, input.organisationId);
  }

  /** The user's intermediaries (as owner or editor) that serve the organisation's district. */
  private verifyingIntermediaries(
    manager: EntityManager,
    userId: string,
    organisationId: string,
  ): Promise<{ id: string; name: string }[]> {
    return manager.query<{ id: string; name: string }[]>(
      `SELECT i.id, i.name FROM organisation i
         JOIN membership m ON m.organisation_id = i.id AND m.user_id = $1
                          AND m.role IN ('OWNER', 'EDITOR')
        WHERE i.kind = 'INTERMEDIARY'
          AND EXISTS (SELECT 1 FROM intermediary_district d
                        JOIN organisation o ON o.id = $2 AND o.district_key = d.district_key
                       WHERE d.organisation_id = i.id)
        ORDER BY i.name`,
      [userId, organisationId],
    );
  }

  /**
   * Runs a change of the profile in one transaction: permission, a lock on the profile, the
   * change itself; when it changed anything, a new profile version and a refreshed match
   * index row, committed together.
   */
  private async change(
    actor: Actor,
    organisationId: string,
    apply: (manager: EntityManager, profile: ProfileEntity, kind: PartnerKind) => Promise<boolean>,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.policy.authorize(actor, 'profile.edit', organisationId, manager);
      const kind = await this.partnerKind(manager, organisationId);
      const profile = await this.store.lockProfile(manager, organisationId);
      if (!(await apply(manager, profile, kind))) return;
      profile.version += 1;
      await manager.save(profile);
      await this.index.refresh(manager, [organisationId]);
    });
  }

  private checkVersion(profile: ProfileEntity, version: number): void {
    if (profile.version !== version) throw new ProfileVersionConflictError(profile.version);
  }

  private checkedItem(kind: PartnerKind, input: ProfileItemInput): ProfileItem {
    const problems = profileItemProblems(kind, input);
    if (problems.length > 0) throw new ProfileProblemsError(problems);
    return { category: input.category, code: input.code, direction: input.direction ?? null };
  }

  /** ZO or KMU; intermediaries have no cooperation profile. */
  private async partnerKind(manager: EntityManager, organisationId: string): Promise<PartnerKind> {
    const [row] = await manager.query<{ kind: string }[]>(
      `SELECT kind FROM organisation WHERE id = $1`,
      [organisationId],
    );
    if (row?.kind !== 'ZO' && row?.kind !== 'KMU') throw new KindHasNoProfileError();
    return row.kind;
  }
}
