import {
  normaliseVisibility,
  type OrganisationKind,
  type ProfileVisibility,
  type ViewerStanding,
} from '@bs/domain';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { runStatement } from './match.repository';

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

interface DbRow {
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
 * Loads partner summaries in one statement per batch: public fields, profile visibility and
 * whether the viewer is an insider of the partner (member, granted consultant, serving
 * intermediary; administrators always are).
 */
export function partnerSummaryLoader(
  dataSource: DataSource,
  viewer: { userId: string; platformRole: string } | null,
  prepared = false,
): DataLoader<string, PartnerSummaryRow | null> {
  return new DataLoader(async (ids) => {
    const rows = await runStatement<DbRow>(
      dataSource,
      `SELECT o.id, o.kind, o.name, o.city, o.postcode, d.name AS district_name,
              ST_Y(o.location::geometry) AS lat, ST_X(o.location::geometry) AS lng, p.visibility,
              (EXISTS (SELECT 1 FROM membership m WHERE m.organisation_id = o.id AND m.user_id = $2)
               OR EXISTS (SELECT 1 FROM consultant_grant g
                           WHERE g.organisation_id = o.id AND g.consultant_id = $2
                             AND g.revoked_at IS NULL AND g.expires_at > now())
               OR EXISTS (SELECT 1 FROM intermediary_district idd
                            JOIN organisation i ON i.id = idd.organisation_id AND i.kind = 'INTERMEDIARY'
                            JOIN membership im ON im.organisation_id = i.id AND im.user_id = $2
                           WHERE idd.district_key = o.district_key)) AS insider
         FROM organisation o
         LEFT JOIN profile p ON p.organisation_id = o.id
         LEFT JOIN district d ON d.key = o.district_key
        WHERE o.id = ANY($1::uuid[])`,
      [ids, viewer?.userId ?? null],
      prepared,
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => {
      const row = byId.get(id);
      if (!row) return null;
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
    });
  });
}
