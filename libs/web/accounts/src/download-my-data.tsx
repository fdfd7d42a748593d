import { useApolloClient } from '@apollo/client/react';
import { describeApiError } from '@bs/web/data-access';
import { useTranslation, type TranslationKey } from '@bs/web/i18n';
import { useState } from 'react';
import { MyDataExportQuery } from './graphql/my-data-export.query';

export const EXPORT_FILE_NAME = 'brueckenschlag-daten.json';

/** Offers a JSON text as a file download. */
export function downloadJson(json: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "Download my data": the viewer's data export as `brueckenschlag-daten.json`. */
export function DownloadMyData() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [state, setState] = useState<'idle' | 'loading' | 'done'>('idle');
  const [problem, setProblem] = useState<TranslationKey | null>(null);

  const onClick = async () => {
    setState('loading');
    setProblem(null);
    // Always fresh and never kept in the cache: it holds everything about the user.
    const { data, error } = await client.query({
      query: MyDataExportQuery,
      fetchPolicy: 'no-cache',
      errorPolicy: 'all',
    });
    if (error || !data) {
      setProblem(error ? describeApiError(error) : 'errors.unknown');
      setState('idle');
      return;
    }
    downloadJson(data.myDataExport, EXPORT_FILE_NAME);
    setState('done');
  };

  return (
    <div>
      <button
        type="button"
        className="bs-button"
        disabled={state === 'loading'}
        onClick={() => void onClick()}
      >
        {state === 'loading' ? t('accountPage.downloading') : t('accountPage.download')}
      </button>
      <div role="status">{state === 'done' && <p>{t('accountPage.downloaded')}</p>}</div>
      {problem && (
        <p className="bs-field__error" role="alert">
          {t(problem)}
        </p>
      )}
    </div>
  );
}
