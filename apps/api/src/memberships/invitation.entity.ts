import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

// Users and cities belong to other domains: their tables are named here for the foreign keys, not imported.
/** A city admin's invitation by e-mail; the link carries a token whose keyed hash is stored. */
@Entity({ name: 'invitations' })
@Check('invitations_role', `role IN ('ADMIN', 'EDITOR', 'MEMBER')`)
@Check('invitations_email_lower_case', `email = lower(email)`)
@Index('invitations_city_email_open', ['cityId', 'email'], { unique: true, where: `accepted_at IS NULL AND revoked_at IS NULL` })
@Index('invitations_city_created', ['cityId', 'createdAt'])
export class Invitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'city_id', type: 'int' })
  cityId: number;

  @ManyToOne('cities', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'city_id' })
  city?: unknown;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  role: 'ADMIN' | 'EDITOR' | 'MEMBER';

  @Column({ name: 'token_hash', type: 'text', unique: true })
  tokenHash: string;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy: string | null;

  @ManyToOne('users', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by' })
  inviter?: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
