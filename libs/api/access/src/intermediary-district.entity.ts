import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** A district (5-digit key) that an intermediary organisation serves. */
@Entity({ name: 'intermediary_district' })
export class IntermediaryDistrictEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @PrimaryColumn({ name: 'district_key', type: 'char', length: 5 })
  districtKey!: string;

  @ManyToOne('OrganisationEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'intermediary_district_organisation_id_fkey',
  })
  organisation?: object;

  @ManyToOne('DistrictEntity', { onDelete: 'NO ACTION', nullable: false })
  @JoinColumn({
    name: 'district_key',
    foreignKeyConstraintName: 'intermediary_district_district_key_fkey',
  })
  district?: object;
}
