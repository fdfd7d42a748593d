import type { Locale } from '@bs/api/notifications';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { PlatformRole } from './viewer-context';

/** A person's account. Deleting the row deletes their sessions and tokens with it. */
@Entity({ name: 'app_user' })
@Check('app_user_email_check', `email ~ '^[^@[:space:]]+@[^@[:space:]]+$'`)
@Check('app_user_display_name_check', `length(btrim(display_name)) > 0`)
// Unique on lower(email); an expression index TypeORM cannot describe, kept by the migration.
@Index('app_user_email_key', { synchronize: false })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  /** argon2id, in the PHC string format (parameters and salt included). */
  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 100 })
  displayName!: string;

  @Column({ type: 'enum', enum: ['de', 'en'], enumName: 'user_locale', default: 'de' })
  locale!: Locale;

  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  @Column({
    name: 'platform_role',
    type: 'enum',
    enum: ['USER', 'ADMIN'],
    enumName: 'platform_role',
    default: 'USER',
  })
  platformRole!: PlatformRole;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
