import './forms.css';
import './rating.css';

export { ConfirmButton, type ConfirmButtonProps } from './confirm-button';
export { ErrorSummary, type ErrorSummaryItem, type ErrorSummaryProps } from './error-summary';
export { Field, type FieldControlProps, type FieldProps } from './field';
export { Notice, type NoticeProps, type NoticeTone } from './notice';
export { SelectField, type SelectFieldProps, type SelectOption } from './select-field';
export { TextAreaField, type TextAreaFieldProps } from './text-area-field';
export { TextField, type TextFieldProps } from './text-field';
export {
  useErrorSummaryItems,
  useFormErrors,
  zodFieldErrors,
  type FormErrors,
  type FormProblemLike,
} from './form-errors';
export { PageTitle } from './page-title';
export { RatingBadge, RatingIcon, useRatingText } from './rating-badge';
