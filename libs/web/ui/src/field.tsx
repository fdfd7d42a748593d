import { useTranslation } from '@bs/web/i18n';
import type { ReactNode } from 'react';

/** What a field's control needs to be labelled, described and marked invalid. */
export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  required: boolean | undefined;
}

export interface FieldProps {
  /** The control's id; hint and error get `<id>-hint` and `<id>-error`. */
  id: string;
  label: ReactNode;
  required?: boolean;
  /** Help shown under the label, read out with the control. */
  hint?: ReactNode;
  /** Translated error message; marks the control invalid and is read out with it. */
  error?: string | undefined;
  /** Further content below the control (e.g. a note about unsaved values). */
  after?: ReactNode;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * A labelled form field: label (with a visible "required" marker), hint, error and the control,
 * linked by ids so that screen readers announce them together.
 */
export function Field({
  id,
  label,
  required,
  hint,
  error,
  after,
  className,
  children,
}: FieldProps) {
  const { t } = useTranslation();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div
      className={['bs-field', error ? 'bs-field--invalid' : '', className ?? ''].join(' ').trim()}
    >
      <label className="bs-field__label" htmlFor={id}>
        {label}
        {required ? (
          <span className="bs-field__required"> ({t('form.required')})</span>
        ) : (
          <span className="bs-field__optional"> ({t('form.optional')})</span>
        )}
      </label>
      {hint && (
        <div className="bs-field__hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && (
        <p className="bs-field__error" id={errorId}>
          <span className="bs-visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      {children({
        id,
        'aria-describedby': describedBy,
        'aria-invalid': error ? true : undefined,
        required: required || undefined,
      })}
      {after}
    </div>
  );
}
