import { useTranslation } from '@bs/web/i18n';
import { Field } from '@bs/web/ui';
import { useState } from 'react';
import { checkPassword, PASSWORD_RULES } from './password-policy';

export interface PasswordFieldProps {
  id: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  /** `new-password` shows the rules and checks them while typing. */
  autoComplete: 'current-password' | 'new-password';
  /** The account's email, for the rule "does not contain the email's name". */
  email?: string;
  error?: string | undefined;
  required?: boolean;
}

/** A password input with a show/hide button; for new passwords, the rules with their state. */
export function PasswordField({
  id,
  label,
  value,
  onValueChange,
  autoComplete,
  email,
  error,
  required = true,
}: PasswordFieldProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  const isNew = autoComplete === 'new-password';
  const checks = checkPassword(value, email);

  const hint = isNew ? (
    <>
      <span>{t('passwordPolicy.title')}</span>
      <ul className="bs-password-rules">
        {PASSWORD_RULES.filter((rule) => rule !== 'notEmail' || email !== undefined).map((rule) => {
          const met = checks[rule];
          const state = met === undefined ? 'unknown' : met ? 'met' : 'unmet';
          return (
            <li key={rule} className={`bs-password-rules__rule bs-password-rules__rule--${state}`}>
              <span className="bs-password-rules__mark" aria-hidden="true">
                {state === 'met' ? '✓' : state === 'unmet' ? '✗' : '•'}
              </span>{' '}
              {t(`passwordPolicy.${rule}`)}
              {met !== undefined && value !== '' && (
                <span className="bs-visually-hidden">
                  {' '}
                  {met ? t('passwordPolicy.met') : t('passwordPolicy.notMet')}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <span>{t('passwordPolicy.tip')}</span>
    </>
  ) : undefined;

  return (
    <Field id={id} label={label} required={required} hint={hint} error={error}>
      {(control) => (
        <div className="bs-password">
          <input
            className="bs-input bs-password__input"
            type={visible ? 'text' : 'password'}
            autoComplete={autoComplete}
            spellCheck={false}
            autoCapitalize="none"
            {...control}
            value={value}
            onChange={(event) => onValueChange(event.target.value)}
          />
          <button
            type="button"
            className="bs-button bs-button--secondary bs-password__toggle"
            aria-controls={id}
            aria-pressed={visible}
            onClick={() => setVisible((v) => !v)}
          >
            {visible ? t('form.hidePassword') : t('form.showPassword')}
          </button>
        </div>
      )}
    </Field>
  );
}
