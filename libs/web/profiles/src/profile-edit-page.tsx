import { useMutation } from '@apollo/client/react';
import { describeApiError } from '@bs/web/data-access';
import { useTranslation } from '@bs/web/i18n';
import { paths } from '@bs/web/session';
import { Notice } from '@bs/web/ui';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { AddEntryForm } from './add-entry-form';
import { ChangesSummary, DerivationChanges } from './derivation-changes';
import { ScopedFeedback, type Feedback } from './feedback';
import { AddProfileEntryMutation, RemoveProfileEntryMutation } from './graphql/profile.graphql';
import { OfferTermsForm } from './offer-terms-form';
import { DerivationLine, ProfileFrame, type LoadedProfile } from './profile-frame';
import { ProfileSettingsForm } from './profile-settings-form';
import { EntryList, SectionHeading } from './profile-sections';
import { entryKey, fieldOf, isShown, SECTIONS, type Entry, type Section } from './profile-support';
import { useFocusLater } from './use-profile-page';

/**
 * `/organisationen/:id/profil/bearbeiten`: the profile for those who may adjust it. Entries
 * are added from the taxonomy (only codes the organisation's kind may have) and removed; a
 * removed check entry stays hidden with a way to show it again. Offers that bind people's
 * time get their terms; the settings choose radius, evidence and visibility.
 */
export function ProfileEditPage() {
  const { t } = useTranslation();
  return (
    <ProfileFrame title={t('profiles.editTitle')}>
      {(loaded) =>
        loaded.profile.canEdit ? <ProfileEditor {...loaded} /> : <NotAllowed {...loaded} />
      }
    </ProfileFrame>
  );
}

function NotAllowed({ organisation, signedIn }: LoadedProfile) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <>
      <h1>{t('profiles.editTitle')}</h1>
      <Notice>
        <p>{t('profiles.notAllowed')}</p>
        <p>
          {!signedIn && (
            <>
              <Link to={paths.logIn(location.pathname)} className="bs-button">
                {t('header.logIn')}
              </Link>{' '}
            </>
          )}
          <Link to={paths.profile(organisation.id)}>{t('profiles.toView')}</Link>
        </p>
      </Notice>
    </>
  );
}

function ProfileEditor({ organisation, profile, taxonomy, catalogue, refetch }: LoadedProfile) {
  const { t } = useTranslation();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const focusLater = useFocusLater();
  const [add, adding] = useMutation(AddProfileEntryMutation);
  const [remove, removing] = useMutation(RemoveProfileEntryMutation);

  const itemOf = (entry: Entry) => ({
    organisationId: profile.organisationId,
    category: entry.category,
    code: entry.code,
    direction: entry.direction,
  });
  const entrySelector = (entry: Entry, action: string) =>
    `[data-entry="${entryKey(entry)}"] [data-action="${action}"]`;

  const onRemove = async (section: Section, entry: Entry, label: string) => {
    try {
      await remove({ variables: { input: itemOf(entry) } });
      // A check entry stays, hidden; one only added by hand is gone.
      if (entry.fromCheck) {
        setFeedback({
          scope: section.field,
          tone: 'success',
          text: t('profiles.adjust.hidden', { label }),
        });
        focusLater(entrySelector(entry, 'show'));
      } else {
        setFeedback({
          scope: section.field,
          tone: 'success',
          text: t('profiles.adjust.removed', { label }),
        });
        focusLater(`#profile-${section.field}`);
      }
    } catch (error) {
      setFeedback({
        scope: section.field,
        tone: 'error',
        text: t(describeApiError(error as Error)),
      });
    }
  };

  const onShow = async (section: Section, entry: Entry, label: string) => {
    try {
      await add({ variables: { input: itemOf(entry) } });
      setFeedback({
        scope: section.field,
        tone: 'success',
        text: t('profiles.adjust.shown', { label }),
      });
      focusLater(entrySelector(entry, 'remove'));
    } catch (error) {
      setFeedback({
        scope: section.field,
        tone: 'error',
        text: t(describeApiError(error as Error)),
      });
    }
  };

  const actions = (section: Section) => (entry: Entry, label: string) => (
    <div className="bs-entry__controls">
      {entry.hidden ? (
        <button
          type="button"
          className="bs-button bs-button--secondary bs-button--small"
          data-action="show"
          aria-label={t('profiles.adjust.showLabel', { label })}
          disabled={adding.loading}
          onClick={() => void onShow(section, entry, label)}
        >
          {t('profiles.adjust.show')}
        </button>
      ) : (
        <button
          type="button"
          className="bs-button bs-button--secondary bs-button--small"
          data-action="remove"
          aria-label={t('profiles.adjust.removeLabel', { label })}
          disabled={removing.loading}
          onClick={() => void onRemove(section, entry, label)}
        >
          {t('profiles.adjust.remove')}
        </button>
      )}
    </div>
  );

  const offerTerms = (entry: Entry, label: string) =>
    entry.terms &&
    isShown(entry) && (
      <OfferTermsForm
        profile={profile}
        entry={entry}
        topicLabel={label}
        onSaved={() =>
          setFeedback({
            scope: 'OFFERS',
            tone: 'success',
            text: t('profiles.terms.saved', { topic: label }),
          })
        }
        onConflict={refetch}
      />
    );

  return (
    <>
      <p>
        <Link to={paths.profile(organisation.id)}>{t('profiles.toView')}</Link>
      </p>
      <h1>{t('profiles.editHeading', { name: organisation.name })}</h1>
      <p>{t('profiles.editIntro')}</p>
      <DerivationLine profile={profile} catalogue={catalogue} />
      <ChangesSummary profile={profile} />

      {SECTIONS.map((section) => {
        const level = profile.settings?.visibility.find((v) => v.field === section.field)?.level;
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
            <ScopedFeedback feedback={feedback} scope={section.field} />
            <EntryList
              section={section}
              profile={profile}
              entries={profile.entries.filter((e) => fieldOf(e) === section.field)}
              taxonomy={taxonomy}
              catalogue={catalogue}
              own
              showMissingTerms={false}
              actions={actions(section)}
              more={offerTerms}
            />
            <AddEntryForm
              profile={profile}
              section={section}
              taxonomy={taxonomy}
              onAdded={(label) =>
                setFeedback({
                  scope: section.field,
                  tone: 'success',
                  text: t('profiles.adjust.added', { label }),
                })
              }
            />
          </section>
        );
      })}

      <DerivationChanges profile={profile} taxonomy={taxonomy} />

      <ProfileSettingsForm profile={profile} onConflict={refetch} />
    </>
  );
}
