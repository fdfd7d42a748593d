import type { OrganisationKind } from '@bs/domain';
import { useTranslation } from '@bs/web/i18n';
import { KIND_MODIFIER } from './organisation-kind-style';

/** The marker's shape and letter in small, as decoration beside a kind's name. */
export function KindSymbol({ kind }: { kind: OrganisationKind }) {
  const { t } = useTranslation();
  return (
    <span className={`bs-kind-symbol bs-kind-symbol--${KIND_MODIFIER[kind]}`} aria-hidden="true">
      <span className="bs-kind-symbol__letter">{t(`map.kindLetter.${kind}`)}</span>
    </span>
  );
}
