import type { ReactNode } from 'react';

export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

export interface NoticeProps {
  tone?: NoticeTone;
  /**
   * `status` announces politely, `alert` at once; none for notes that are there from the start.
   */
  role?: 'status' | 'alert';
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
}

/** A boxed message: information, success, warning or error. */
export function Notice({ tone = 'info', role, title, children, className }: NoticeProps) {
  return (
    <div
      className={['bs-notice', `bs-notice--${tone}`, className ?? ''].join(' ').trim()}
      role={role}
    >
      {title && <p className="bs-notice__title">{title}</p>}
      {children}
    </div>
  );
}
