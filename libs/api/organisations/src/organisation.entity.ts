import type { OrganisationKind } from '@bs/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type Point,
} from 'typeorm';

@Entity({ name: 'organisation' })
@Check('organisation_name_check', `length(btrim(name)) > 0`)
@Check('organisation_postcode_check', `postcode ~ '^[0-9]{5}$'`)
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('organisation_kind_idx')
  @Column({ type: 'enum', enum: ['ZO', 'KMU', 'INTERMEDIARY'], enumName: 'organisation_kind' })
  kind!: OrganisationKind;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  street!: string | null;

  @Column({ type: 'char', length: 5 })
  postcode!: string;

  @Column({ type: 'varchar', length: 120 })
  city!: string;

  @Index('organisation_location_gist', { spatial: true })
  @Column({ type: 'geography', spatialFeatureType: 'Point', srid: 4326 })
  location!: Point;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}
