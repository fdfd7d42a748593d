import { DEFAULT_LOCALE, type Locale } from '@bs/api/notifications';
import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsString, Length, MaxLength } from 'class-validator';
import { LocaleEnum } from '../models/viewer.model';
import { PASSWORD_MAX_LENGTH } from '../password-policy';
import { IsAcceptablePassword } from './password.validator';
import { Trim } from './trim';

export const EMAIL_MAX_LENGTH = 254;
export const DISPLAY_NAME_MAX_LENGTH = 100;

@InputType({ description: 'A new account' })
export class SignUpInput {
  @Field({ description: 'Unique regardless of case' })
  @Trim()
  @IsEmail({}, { message: 'accounts.emailInvalid' })
  @MaxLength(EMAIL_MAX_LENGTH, { message: 'accounts.emailInvalid' })
  email!: string;

  @Field({
    description: `At least 12 characters, not only letters, not the email's name, not a common password (at most ${PASSWORD_MAX_LENGTH})`,
  })
  @IsAcceptablePassword('email')
  password!: string;

  @Field({ description: 'Name shown to others, 1–100 characters' })
  @Trim()
  @IsString({ message: 'accounts.displayNameLength' })
  @Length(1, DISPLAY_NAME_MAX_LENGTH, { message: 'accounts.displayNameLength' })
  displayName!: string;

  @Field(() => LocaleEnum, { defaultValue: DEFAULT_LOCALE, description: 'Language of mails' })
  @IsIn(['de', 'en'], { message: 'accounts.localeInvalid' })
  locale: Locale = DEFAULT_LOCALE;
}
