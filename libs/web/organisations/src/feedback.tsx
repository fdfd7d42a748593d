import { Notice } from '@bs/web/ui';

/** The outcome of an action on a page section: a success (announced politely) or a problem. */
export type Feedback =
  { tone: 'success'; text: string } | { tone: 'error'; text: string; title?: string };

/**
 * Shows the outcome of the last action of a section. Successes go into a status region that
 * is always there (so screen readers announce them); problems are alerts.
 */
export function FeedbackArea({ feedback }: { feedback: Feedback | null }) {
  return (
    <>
      <div role="status">
        {feedback?.tone === 'success' && (
          <Notice tone="success">
            <p>{feedback.text}</p>
          </Notice>
        )}
      </div>
      {feedback?.tone === 'error' && (
        <Notice tone="error" role="alert" title={feedback.title}>
          <p>{feedback.text}</p>
        </Notice>
      )}
    </>
  );
}
