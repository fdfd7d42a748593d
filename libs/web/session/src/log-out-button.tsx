import { useApolloClient, useMutation } from '@apollo/client/react';
import { describeApiError, LogOutDocument } from '@bs/web/data-access';
import { useTranslation, type TranslationKey } from '@bs/web/i18n';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from './paths';

/** Ends the session, forgets everything loaded for it and goes to `next` (the map by default). */
export function LogOutButton({ className, next }: { className?: string; next?: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logOut, { loading }] = useMutation(LogOutDocument);
  const [problem, setProblem] = useState<TranslationKey | null>(null);

  const onClick = async () => {
    setProblem(null);
    try {
      await logOut();
    } catch (error) {
      setProblem(describeApiError(error as Error));
      return;
    }
    await navigate(next ?? paths.home());
    // A query cut off by the reset rejects it; what matters is that nothing old is kept.
    await client.resetStore().catch(() => undefined);
  };

  return (
    <>
      <button type="button" className={className} onClick={() => void onClick()} disabled={loading}>
        {t('header.logOut')}
      </button>
      {problem && (
        <span className="bs-session__problem" role="alert">
          {t(problem)}
        </span>
      )}
    </>
  );
}
