import type { Locale } from '@bs/api/notifications';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { PlatformRole } from '../viewer-context';

export const LocaleEnum: { [L in Locale]: L } = { de: 'de', en: 'en' };
registerEnumType(LocaleEnum, {
  name: 'Locale',
  description: 'Language of the user interface and of mails (German is the default)',
});

export const PlatformRoleEnum: { [R in PlatformRole]: R } = { USER: 'USER', ADMIN: 'ADMIN' };
registerEnumType(PlatformRoleEnum, {
  name: 'PlatformRole',
  description: 'USER: everyone; ADMIN: operates the platform',
});

@ObjectType({ description: 'The signed-in user (their own account)' })
export class Viewer {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => LocaleEnum)
  locale!: Locale;

  @Field({ description: 'Whether the email address was confirmed through the mailed link' })
  emailVerified!: boolean;

  @Field(() => PlatformRoleEnum)
  platformRole!: PlatformRole;
}
