import { PROFILE_CATEGORIES, PROFILE_FIELDS, VISIBILITY_LEVELS } from '@bs/domain';
import { registerEnumType } from '@nestjs/graphql';

function enumOf<const K extends string>(keys: readonly K[]): { [P in K]: P } {
  return Object.fromEntries(keys.map((k) => [k, k])) as { [P in K]: P };
}

export const ProfileCategoryEnum = enumOf(PROFILE_CATEGORIES);
export const TopicDirectionEnum = enumOf(['OFFERS', 'SEEKS'] as const);
export const ProfileFieldEnum = enumOf(PROFILE_FIELDS);
export const VisibilityLevelEnum = enumOf(VISIBILITY_LEVELS);
export const ProfileChangeKindEnum = enumOf(['ADDED', 'REMOVED'] as const);

registerEnumType(ProfileCategoryEnum, {
  name: 'ProfileCategory',
  description:
    'TOPIC (with a direction), THEME, ATTRIBUTE (held), REQUIRED_CRITERION (of partners), EXIT_CRITERION',
});
registerEnumType(TopicDirectionEnum, {
  name: 'TopicDirection',
  description: 'Whether the organisation offers a topic to partners or seeks it from them',
});
registerEnumType(ProfileFieldEnum, {
  name: 'ProfileField',
  description: 'A part of a profile whose visibility the organisation chooses',
});
registerEnumType(VisibilityLevelEnum, {
  name: 'VisibilityLevel',
  description: 'PUBLIC: everyone; SIGNED_IN: signed-in users; CONTACTS: accepted contacts only',
});
registerEnumType(ProfileChangeKindEnum, { name: 'ProfileChangeKind' });
