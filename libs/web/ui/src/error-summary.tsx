import { useTranslation } from '@bs/web/i18n';
import { useEffect, useId, useRef, type MouseEvent } from 'react';

export interface ErrorSummaryItem {
  text: string;
  /** The field the problem belongs to; the item links there. */
  fieldId?: string;
}

export interface ErrorSummaryProps {
  items: readonly ErrorSummaryItem[];
  /** Heading; "There is a problem" by default. */
  title?: string;
  /** Changes with every submit attempt: the summary takes the focus again. */
  focusKey: number;
}

function focusField(fieldId: string) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.scrollIntoView?.({ block: 'center' });
    field.focus();
  };
}

/**
 * The problems of a form at its top, shown after a failed submit. It takes the focus, so
 * keyboard and screen reader users learn at once what went wrong; each problem of a field
 * links to that field.
 */
export function ErrorSummary({ items, title, focusKey }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const visible = items.length > 0;

  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, focusKey]);

  if (!visible) return null;
  return (
    <div
      ref={ref}
      className="bs-error-summary"
      role="alert"
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <h2 className="bs-error-summary__title" id={titleId}>
        {title ?? t('form.errorSummary')}
      </h2>
      <ul className="bs-error-summary__list">
        {items.map((item, index) => (
          <li key={`${item.fieldId ?? ''}-${index}`}>
            {item.fieldId ? (
              <a href={`#${item.fieldId}`} onClick={focusField(item.fieldId)}>
                {item.text}
              </a>
            ) : (
              item.text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
