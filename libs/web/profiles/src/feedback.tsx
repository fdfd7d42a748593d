import { Notice } from '@bs/web/ui';

/** A message after a change, shown in the part of the page where the change was made. */
export type Feedback = { scope: string; tone: 'success' | 'error'; text: string } | null;

/**
 * The status region of one part of the page (always there, so that screen readers announce
 * what appears in it) and, for errors, an alert.
 */
export function ScopedFeedback({ feedback, scope }: { feedback: Feedback; scope: string }) {
  const mine = feedback?.scope === scope ? feedback : null;
  return (
    <>
      <div role="status" className="bs-profile-status">
        {mine?.tone === 'success' && <p className="bs-profile-status__text">{mine.text}</p>}
      </div>
      {mine?.tone === 'error' && (
        <Notice tone="error" role="alert">
          <p>{mine.text}</p>
        </Notice>
      )}
    </>
  );
}
