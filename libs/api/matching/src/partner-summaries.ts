import {
  normaliseVisibility,
  type OrganisationKind,
  type ProfileVisibility,
  type ViewerStanding,
} from '@bs/domain';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { runStatement } from '@bs/api/database';

/** What a match shows of its partner, and how the viewer stands to it. */
export interface PartnerSummaryRow {
  id: string;
  kind: OrganisationKind;
  name: string;
  city: string;
  postcode: string;
  districtName: string | null;
  location: { lat: number; lng: number };
  visibility: ProfileVisibility;
  standing: ViewerStanding;
}

/** The summary's columns as the database returns them. */
export interface PartnerSummaryDbRow {
  id: string;
  kind: OrganisationKind;
  name: string;
  city: string;
  postcode: string;
  district_name: string | null;
  lat: number;
  lng: number;
  visibility: Record<string, unknown> | null;
  insider: boolean;
}

/**
 * The columns of a partner summary for an organisation row `o` joined with `PARTNER_JOINS`;
 * `viewer` is the SQL expression of the viewer's user id (or NULL). Shared by the loader and
 * the ranking statement, which returns its page's partners itself.
 */
export const partnerColumns = (viewer: string) => `o.id, o.kind, o.name, o.city, o.postcode,
  d.name AS district_name, ST_Y(o.location::geometry) AS lat, ST_X(o.location::geometry) AS lng,
  pv.visibility,
  (EXISTS (SELECT 1 FROM membership m WHERE m.organisation_id = o.id AND m.user_id = ${viewer})
   OR EXISTS (SELECT 1 FROM consultant_grant g
               WHERE g.organisation_id = o.id AND g.consultant_id = ${viewer}
                 AND g.revoked_at IS NULL AND g.expires_at > now())
   OR EXISTS (SELECT 1 FROM intermediary_district idd
                JOIN organisation i ON i.id = idd.organisation_id AND i.kind = 'INTERMEDIARY'
                JOIN membership im ON im.organisation_id = i.id AND im.user_id = ${viewer}
               WHERE idd.district_key = o.district_key)) AS insider`;

/** The joins `partnerColumns` reads from, for an organisation row `o`. */
export const PARTNER_JOINS = `LEFT JOIN profile pv ON pv.organisation_id = o.id
  LEFT JOIN district d ON d.key = o.district_key`;

/** The viewer as the partner summaries need it. */
export type SummaryViewer = { userId: string; platformRole: string } | null;

/** A summary from its row: the visibility normalised, the viewer's standing decided. */
export function partnerSummaryOf(
  row: PartnerSummaryDbRow,
  viewer: SummaryViewer,
): PartnerSummaryRow {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    city: row.city,
    postcode: row.postcode,
    districtName: row.district_name,
    location: { lat: row.lat, lng: row.lng },
    visibility: normaliseVisibility(row.visibility),
    standing:
      row.insider || viewer?.platformRole === 'ADMIN'
        ? 'INSIDER'
        : viewer
          ? 'SIGNED_IN'
          : 'ANONYMOUS',
  };
}

/**
 * Loads partner summaries in one statement per batch: public fields, profile visibility and
 * whether the viewer is an insider of the partner (member, granted consultant, serving
 * intermediary; administrators always are).
 */
export function partnerSummaryLoader(
  dataSource: DataSource,
  viewer: SummaryViewer,
  prepared = false,
): DataLoader<string, PartnerSummaryRow | null> {
  return new DataLoader(async (ids) => {
    const rows = await runStatement<PartnerSummaryDbRow>(
      dataSource,
      `SELECT ${partnerColumns('$2::uuid')}
         FROM organisation o
         ${PARTNER_JOINS}
        WHERE o.id = ANY($1::uuid[])`,
      [ids, viewer?.userId ?? null],
      prepared,
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => {
      const row = byId.get(id);
      return row ? partnerSummaryOf(row, viewer) : null;
    });
  });
}
