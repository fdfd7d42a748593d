import type {
  EmployeeBand,
  EngagementField,
  OrganisationKind,
  StaffBand,
  VolunteerBand,
  Wz2008Section,
} from '@bs/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
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

  @Column({ name: 'legal_form', type: 'varchar', length: 80, nullable: true })
  legalForm!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website!: string | null;

  @Index('organisation_district_idx')
  @Column({ name: 'district_key', type: 'char', length: 5, nullable: true })
  districtKey!: string | null;

  @Column({ name: 'land_key', type: 'char', length: 2, nullable: true })
  landKey!: string | null;

  @Column({ name: 'employee_band', type: 'varchar', length: 20, nullable: true })
  employeeBand!: EmployeeBand | null;

  @Column({ name: 'volunteer_band', type: 'varchar', length: 20, nullable: true })
  volunteerBand!: VolunteerBand | null;

  @Column({ name: 'staff_band', type: 'varchar', length: 20, nullable: true })
  staffBand!: StaffBand | null;

  @Column({ name: 'wz_section', type: 'char', length: 1, nullable: true })
  wzSection!: Wz2008Section | null;

  @Column({ name: 'engagement_field', type: 'varchar', length: 20, nullable: true })
  engagementField!: EngagementField | null;

  /** Public contact channel (e-mail address, phone or contact form URL). */
  @Column({ name: 'public_contact', type: 'varchar', length: 300, nullable: true })
  publicContact!: string | null;

  /** Private: only members, granted consultants, the region's intermediaries and admins. */
  @Column({ name: 'contact_person_name', type: 'varchar', length: 200, nullable: true })
  contactPersonName!: string | null;

  @Column({ name: 'contact_person_email', type: 'varchar', length: 320, nullable: true })
  contactPersonEmail!: string | null;

  @Column({ name: 'contact_person_phone', type: 'varchar', length: 50, nullable: true })
  contactPersonPhone!: string | null;

  @Index('organisation_location_gist', { spatial: true })
  @Column({ type: 'geography', spatialFeatureType: 'Point', srid: 4326 })
  location!: Point;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;

  @ManyToOne('DistrictEntity', { onDelete: 'NO ACTION', nullable: true })
  @JoinColumn({ name: 'district_key', foreignKeyConstraintName: 'organisation_district_key_fkey' })
  district?: object;

  @ManyToOne('LandEntity', { onDelete: 'NO ACTION', nullable: true })
  @JoinColumn({ name: 'land_key', foreignKeyConstraintName: 'organisation_land_key_fkey' })
  land?: object;
}
