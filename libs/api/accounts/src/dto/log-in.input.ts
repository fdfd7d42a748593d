import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '../password-policy';
import { EMAIL_MAX_LENGTH } from './sign-up.input';
import { Trim } from './trim';

@InputType()
export class LogInInput {
  @Field()
  @Trim()
  @IsEmail({}, { message: 'accounts.emailInvalid' })
  @MaxLength(EMAIL_MAX_LENGTH, { message: 'accounts.emailInvalid' })
  email!: string;

  @Field()
  @IsString({ message: 'accounts.passwordRequired' })
  @IsNotEmpty({ message: 'accounts.passwordRequired' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: 'accounts.passwordTooLong' })
  password!: string;
}
