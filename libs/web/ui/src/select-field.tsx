import type { ReactNode, SelectHTMLAttributes } from 'react';
import { Field } from './field';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'id' | 'onChange' | 'value' | 'required'
> {
  id: string;
  label: ReactNode;
  value: string;
  onValueChange: (value: string) => void;
  options: readonly SelectOption[];
  /** Text of an empty first option ("none chosen"); omitted when undefined. */
  emptyOption?: string;
  required?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  after?: ReactNode;
}

/** A labelled select. */
export function SelectField({
  id,
  label,
  value,
  onValueChange,
  options,
  emptyOption,
  required,
  hint,
  error,
  after,
  ...select
}: SelectFieldProps) {
  return (
    <Field id={id} label={label} required={required} hint={hint} error={error} after={after}>
      {(control) => (
        <select
          className="bs-input bs-input--select"
          {...select}
          {...control}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
        >
          {emptyOption !== undefined && <option value="">{emptyOption}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
