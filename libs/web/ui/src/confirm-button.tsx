import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface ConfirmButtonProps {
  /** The first button, e.g. "Remove". */
  label: ReactNode;
  /** The question asked before doing it, e.g. "Really remove Erika?". */
  question: ReactNode;
  /** The confirming button, e.g. "Yes, remove". */
  confirmLabel: ReactNode;
  cancelLabel: ReactNode;
  onConfirm: () => void;
  disabled?: boolean;
  /** Style of the first button. */
  variant?: 'secondary' | 'danger';
  small?: boolean;
}

/**
 * A button for an action that cannot simply be undone: it first asks in place (no modal) and
 * moves the focus to the question's buttons; cancelling returns the focus.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  cancelLabel,
  onConfirm,
  disabled,
  variant = 'secondary',
  small = false,
}: ConfirmButtonProps) {
  const size = small ? ' bs-button--small' : '';
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) triggerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={triggerRef}
        type="button"
        className={`bs-button bs-button--${variant}${size}`}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <span className="bs-confirm" role="group">
      <span className="bs-confirm__question">{question}</span>{' '}
      <button
        ref={confirmRef}
        type="button"
        className={`bs-button bs-button--danger${size}`}
        disabled={disabled}
        onClick={() => {
          wasAsking.current = false;
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>{' '}
      <button
        type="button"
        className="bs-button bs-button--secondary"
        onClick={() => setAsking(false)}
      >
        {cancelLabel}
      </button>
    </span>
  );
}
