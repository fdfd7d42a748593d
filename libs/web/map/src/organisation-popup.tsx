import { useTranslation } from '@bs/web/i18n';
import { paths } from '@bs/web/session';
import { Link } from 'react-router';
import { KindSymbol } from './kind-symbol';
import type { MapOrganisation } from './organisation';

export interface OrganisationPopupProps {
  organisation: Pick<
    MapOrganisation,
    'id' | 'kind' | 'name' | 'description' | 'street' | 'postcode' | 'city'
  >;
}

/** What a marker's popup tells about an organisation. */
export function OrganisationPopup({ organisation }: OrganisationPopupProps) {
  const { t } = useTranslation();
  const { id, kind, name, description, street, postcode, city } = organisation;
  return (
    <article className="bs-popup">
      <h2 className="bs-popup__name">
        <Link to={paths.organisation(id)}>{name}</Link>
      </h2>
      <p className="bs-popup__kind">
        <KindSymbol kind={kind} />
        {t(`map.kind.${kind}`)}
      </p>
      <p className="bs-popup__address">
        {street && (
          <>
            {street}
            <br />
          </>
        )}
        {postcode} {city}
      </p>
      {description && <p className="bs-popup__description">{description}</p>}
    </article>
  );
}
