import type { Locale } from '@bs/api/notifications';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsEmail, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { LocaleEnum } from '../models/viewer.model';
import { IsAcceptablePassword } from './password.validator';
import { EMAIL_MAX_LENGTH } from './sign-up.input';
import { Trim } from './trim';

/** Tokens are 43 characters; anything much longer is not worth a lookup. */
const TOKEN_MAX_LENGTH = 100;

@ArgsType()
export class VerifyEmailArgs {
  @Field({ description: 'The token from the verification link' })
  @Trim()
  @IsString({ message: 'accounts.tokenInvalid' })
  @IsNotEmpty({ message: 'accounts.tokenInvalid' })
  @MaxLength(TOKEN_MAX_LENGTH, { message: 'accounts.tokenInvalid' })
  token!: string;
}

@ArgsType()
export class RequestPasswordResetArgs {
  @Field()
  @Trim()
  @IsEmail({}, { message: 'accounts.emailInvalid' })
  @MaxLength(EMAIL_MAX_LENGTH, { message: 'accounts.emailInvalid' })
  email!: string;
}

@ArgsType()
export class ResetPasswordArgs {
  @Field({ description: 'The token from the reset link' })
  @Trim()
  @IsString({ message: 'accounts.tokenInvalid' })
  @IsNotEmpty({ message: 'accounts.tokenInvalid' })
  @MaxLength(TOKEN_MAX_LENGTH, { message: 'accounts.tokenInvalid' })
  token!: string;

  @Field({ description: 'Same rules as at sign-up' })
  @IsAcceptablePassword()
  newPassword!: string;
}

@ArgsType()
export class ChangeLocaleArgs {
  @Field(() => LocaleEnum)
  @IsIn(['de', 'en'], { message: 'accounts.localeInvalid' })
  locale!: Locale;
}
