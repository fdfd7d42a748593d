import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { Field } from './field';

export interface TextAreaFieldProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id' | 'onChange' | 'value' | 'required'
> {
  id: string;
  label: ReactNode;
  value: string;
  onValueChange: (value: string) => void;
  required?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  after?: ReactNode;
}

/** A labelled multi-line text input. */
export function TextAreaField({
  id,
  label,
  value,
  onValueChange,
  required,
  hint,
  error,
  after,
  ...textarea
}: TextAreaFieldProps) {
  return (
    <Field id={id} label={label} required={required} hint={hint} error={error} after={after}>
      {(control) => (
        <textarea
          className="bs-input bs-input--multiline"
          rows={5}
          {...textarea}
          {...control}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
        />
      )}
    </Field>
  );
}
