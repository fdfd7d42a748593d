import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { TokenPurpose } from './one-time-token';
import { UserEntity } from './user.entity';

/** A single-use token sent by mail (email verification, password reset); only its hash is stored. */
@Entity({ name: 'user_token' })
@Index('user_token_user_id_purpose_idx', ['userId', 'purpose'])
export class UserTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'user_token_user_id_fkey' })
  user?: UserEntity;

  @Column({
    type: 'enum',
    enum: ['VERIFY_EMAIL', 'RESET_PASSWORD'],
    enumName: 'user_token_purpose',
  })
  purpose!: TokenPurpose;

  /** Hex SHA-256 of the token. */
  @Index('user_token_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
