import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { Field } from './field';

export interface TextFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
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
  ref?: Ref<HTMLInputElement>;
}

/** A labelled text input (also e-mail, password, url, tel, date). */
export function TextField({
  id,
  label,
  value,
  onValueChange,
  required,
  hint,
  error,
  after,
  className,
  ref,
  ...input
}: TextFieldProps) {
  return (
    <Field id={id} label={label} required={required} hint={hint} error={error} after={after}>
      {(control) => (
        <input
          ref={ref}
          type="text"
          className={['bs-input', className ?? ''].join(' ').trim()}
          {...input}
          {...control}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
        />
      )}
    </Field>
  );
}
