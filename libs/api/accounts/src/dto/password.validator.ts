import { registerDecorator, type ValidationArguments } from 'class-validator';
import { passwordProblems } from '../password-policy';

function problemsOf(args: ValidationArguments, emailProperty?: string) {
  const email = emailProperty ? (args.object as Record<string, unknown>)[emailProperty] : undefined;
  return passwordProblems(String(args.value), typeof email === 'string' ? email : undefined);
}

/**
 * The password policy (see `passwordProblems`) as a class-validator rule. Its message is the
 * key of the first broken rule, e.g. `accounts.passwordTooShort`. With `emailProperty`, the
 * password must not contain the local part of that property's email.
 */
export function IsAcceptablePassword(emailProperty?: string): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isAcceptablePassword',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          typeof value === 'string' && problemsOf(args, emailProperty).length === 0,
        defaultMessage: (args: ValidationArguments) =>
          typeof args.value === 'string'
            ? (problemsOf(args, emailProperty)[0] ?? 'accounts.passwordTooCommon')
            : 'accounts.passwordRequired',
      },
    });
  };
}
