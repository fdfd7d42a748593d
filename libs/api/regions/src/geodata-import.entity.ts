import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export interface GeodataSourceFile {
  file: string;
  bytes: number;
  sha256: string;
}

/** One row per import of the offline geodata: what was read and what it produced. */
@Entity({ name: 'geodata_import' })
export class GeodataImportEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @CreateDateColumn({ name: 'imported_at', type: 'timestamptz' })
  importedAt!: Date;

  @Column({ name: 'source_dir', type: 'text' })
  sourceDir!: string;

  @Column({ name: 'source_files', type: 'jsonb' })
  sourceFiles!: GeodataSourceFile[];

  @Column({ name: 'land_count', type: 'integer' })
  landCount!: number;

  @Column({ name: 'district_count', type: 'integer' })
  districtCount!: number;

  @Column({ name: 'postcode_count', type: 'integer' })
  postcodeCount!: number;

  /** Postcodes whose source district key was unknown and that were placed by location. */
  @Column({ name: 'district_fixed_count', type: 'integer' })
  districtFixedCount!: number;

  /** Postcodes left without a district (location outside every district). */
  @Column({ name: 'district_missing_count', type: 'integer' })
  districtMissingCount!: number;

  @Column({ name: 'duration_ms', type: 'integer' })
  durationMs!: number;
}
