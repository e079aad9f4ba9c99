import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

// Users and cities belong to other domains: their tables are named here for the foreign keys, not imported.
/** A user asking to speak for a city; a platform admin approves or rejects it. */
@Entity({ name: 'representation_requests' })
@Check('representation_requests_status', `status IN ('PENDING', 'APPROVED', 'REJECTED')`)
@Check('representation_requests_decided', `(status = 'PENDING') = (decided_at IS NULL)`)
@Index('representation_requests_one_pending', ['userId', 'cityId'], { unique: true, where: `status = 'PENDING'` })
@Index('representation_requests_status_created', ['status', 'createdAt'])
@Index('representation_requests_official_email_token', ['officialEmailTokenHash'], { unique: true })
@Check('representation_requests_official_email_confirmed', `official_email IS NOT NULL OR (official_email_token_hash IS NULL AND official_email_confirmed_at IS NULL)`)
export class RepresentationRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne('users', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  @Column({ name: 'city_id', type: 'int' })
  cityId: number;

  @ManyToOne('cities', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'city_id' })
  city?: unknown;

  @Column({ type: 'text' })
  message: string;

  @Column({ name: 'official_email', type: 'text', nullable: true })
  officialEmail: string | null;

  /** Hash of the link sent to officialEmail; cleared once it is opened. */
  @Column({ name: 'official_email_token_hash', type: 'text', nullable: true })
  officialEmailTokenHash: string | null;

  @Column({ name: 'official_email_confirmed_at', type: 'timestamptz', nullable: true })
  officialEmailConfirmedAt: Date | null;

  @Column({ type: 'text', default: 'PENDING' })
  status: 'PENDING' | 'APPROVED' | 'REJECTED';

  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @ManyToOne('users', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by' })
  decider?: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
