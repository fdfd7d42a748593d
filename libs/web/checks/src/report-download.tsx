import { useApolloClient } from '@apollo/client/react';
import { describeApiError } from '@bs/web/data-access';
import { useTranslation } from '@bs/web/i18n';
import { Notice } from '@bs/web/ui';
import { useState } from 'react';
import { useLocalized } from './check-support';
import { AssessmentReportQuery } from './graphql/results.graphql';

function saveFile(filename: string, contentType: string, base64: string) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "PDF herunterladen": results and plan as a PDF in the current language, saved as a file. */
export function ReportDownload({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  const download = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const { data } = await client.query({
        query: AssessmentReportQuery,
        variables: { assessmentId, language },
        fetchPolicy: 'no-cache',
      });
      if (!data) throw new Error('no report');
      const { filename, contentType, base64 } = data.assessmentReport;
      saveFile(filename, contentType, base64);
      setOutcome({ ok: true, text: t('results.downloaded', { filename }) });
    } catch (error) {
      setOutcome({ ok: false, text: t(describeApiError(error as Error)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="bs-report">
      <button
        type="button"
        className="bs-button bs-button--secondary"
        disabled={busy}
        onClick={() => void download()}
      >
        {busy ? t('results.downloading') : t('results.download')}
      </button>
      <div role="status">{outcome?.ok && <p className="bs-report__done">{outcome.text}</p>}</div>
      {outcome && !outcome.ok && (
        <Notice tone="error" role="alert">
          <p>{outcome.text}</p>
        </Notice>
      )}
    </div>
  );
}
