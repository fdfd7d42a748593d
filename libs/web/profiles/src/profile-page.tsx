import { useMutation } from '@apollo/client/react';
import { describeApiError } from '@bs/web/data-access';
import { useTranslation } from '@bs/web/i18n';
import { paths, useActingOrganisation } from '@bs/web/session';
import { Notice } from '@bs/web/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { ChangesSummary, DerivationChanges } from './derivation-changes';
import { ScopedFeedback, type Feedback } from './feedback';
import {
  RevokeAttributeVerificationMutation,
  VerifyAttributeMutation,
} from './graphql/profile.graphql';
import { DerivationLine, ProfileFrame, type LoadedProfile } from './profile-frame';
import {
  EntryList,
  ReadinessSection,
  SectionHeading,
  WithheldNotice,
  withheldLevel,
} from './profile-sections';
import { entryKey, fieldOf, isShown, SECTIONS, type Entry } from './profile-support';
import { useFocusLater } from './use-profile-page';

/**
 * `/organisationen/:id/profil`: the cooperation profile as the viewer may see it, each entry
 * with where it came from; withheld parts named as such. Editors get a link to the edit view
 * and the changes of the latest check; the region's intermediaries confirm attributes here.
 */
export function ProfilePage() {
  const { t } = useTranslation();
  return (
    <ProfileFrame title={t('profiles.title')}>
      {(loaded) => <ProfileView {...loaded} />}
    </ProfileFrame>
  );
}

function ProfileView({ organisation, profile, taxonomy, catalogue, signedIn }: LoadedProfile) {
  const { t } = useTranslation();
  const { acting } = useActingOrganisation();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const focusLater = useFocusLater();
  const [verify, verifying] = useMutation(VerifyAttributeMutation);
  const [revoke, revoking] = useMutation(RevokeAttributeVerificationMutation);
  const own = profile.canEdit;
  const insider = profile.settings !== null;
  // Verify as the intermediary one acts for when it serves the district, else as the first
  // of one's intermediaries that does.
  const intermediary =
    profile.verifyingIntermediaries.find((i) => i.id === acting?.organisation.id) ??
    profile.verifyingIntermediaries[0] ??
    null;

  const setVerified = async (entry: Entry, label: string, verified: boolean) => {
    if (!intermediary) return;
    const input = {
      organisationId: profile.organisationId,
      attribute: entry.code,
      intermediaryId: intermediary.id,
    };
    try {
      if (verified) await verify({ variables: { input } });
      else await revoke({ variables: { input } });
      setFeedback({
        scope: 'ATTRIBUTES',
        tone: 'success',
        text: verified
          ? t('profiles.verification.verifiedStatus', { label })
          : t('profiles.verification.revokedStatus', { label }),
      });
      focusLater(
        `[data-entry="${entryKey(entry)}"] [data-action="${verified ? 'revoke' : 'verify'}"]`,
      );
    } catch (error) {
      setFeedback({
        scope: 'ATTRIBUTES',
        tone: 'error',
        text: t(describeApiError(error as Error)),
      });
    }
  };

  const verifyControls = (entry: Entry, label: string) =>
    intermediary && (
      <div className="bs-entry__controls">
        {entry.verification ? (
          <button
            type="button"
            className="bs-button bs-button--secondary bs-button--small"
            data-action="revoke"
            aria-label={t('profiles.verification.revokeLabel', { label })}
            disabled={revoking.loading}
            onClick={() => void setVerified(entry, label, false)}
          >
            {t('profiles.verification.revoke')}
          </button>
        ) : (
          <button
            type="button"
            className="bs-button bs-button--small"
            data-action="verify"
            aria-label={t('profiles.verification.verifyLabel', {
              label,
              intermediary: intermediary.name,
            })}
            disabled={verifying.loading}
            onClick={() => void setVerified(entry, label, true)}
          >
            {t('profiles.verification.verify')}
          </button>
        )}
      </div>
    );

  return (
    <>
      <p>
        <Link to={paths.organisation(organisation.id)}>
          {t('profiles.back', { name: organisation.name })}
        </Link>
      </p>
      <h1>{t('profiles.heading', { name: organisation.name })}</h1>
      <p className="bs-lead">{t(`map.kind.${organisation.kind}`)}</p>
      <p>{t('profiles.intro')}</p>
      <DerivationLine profile={profile} catalogue={catalogue} />
      <ChangesSummary profile={profile} />
      {own && (
        <p>
          <Link to={paths.editProfile(organisation.id)} className="bs-button">
            {t('profiles.edit')}
          </Link>
        </p>
      )}
      {profile.canVerify && (
        <Notice>
          <p>
            {intermediary
              ? t('profiles.verification.intro', { name: intermediary.name })
              : t('profiles.verification.chooseIntermediary')}
          </p>
        </Notice>
      )}

      {SECTIONS.map((section) => {
        const inSection = profile.entries.filter((e) => fieldOf(e) === section.field);
        const hidden = inSection.filter((e) => e.hidden).length;
        const level = profile.settings?.visibility.find((v) => v.field === section.field)?.level;
        const withheldAt = withheldLevel(profile, section.field);
        return (
          <section
            key={section.field}
            aria-labelledby={`profile-${section.field}`}
            className="bs-profile-section"
          >
            <SectionHeading field={section.field} level={level} />
            <p className="bs-profile-section__intro">
              {t(`profiles.sectionIntro.${section.field}`)}
            </p>
            {section.field === 'ATTRIBUTES' && (
              <ScopedFeedback feedback={feedback} scope="ATTRIBUTES" />
            )}
            {withheldAt ? (
              <WithheldNotice level={withheldAt} signedIn={signedIn} />
            ) : (
              <EntryList
                section={section}
                profile={profile}
                entries={inSection.filter(isShown)}
                taxonomy={taxonomy}
                catalogue={catalogue}
                own={own}
                showMissingTerms={own}
                verificationActions={verifyControls}
              />
            )}
            {own && hidden > 0 && (
              <p className="bs-field__hint">
                {t('profiles.hiddenCount', { count: hidden })}{' '}
                <Link to={paths.editProfile(organisation.id)}>{t('profiles.edit')}</Link>
              </p>
            )}
          </section>
        );
      })}

      <ReadinessSection profile={profile} catalogue={catalogue} signedIn={signedIn} />

      {insider && <DerivationChanges profile={profile} taxonomy={taxonomy} />}
    </>
  );
}
