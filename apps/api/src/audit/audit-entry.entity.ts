import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

// Users and cities belong to other domains: their tables are named here for the foreign keys, not imported.
/** Who changed what and when, with the state before and after; written in the change's transaction. */
@Entity({ name: 'audit_log' })
@Index('audit_log_at', ['at'])
@Index('audit_log_city_at', ['cityId', 'at'])
@Index('audit_log_actor_at', ['actorId', 'at'])
export class AuditEntry {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS', type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne('users', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: unknown;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'entity_type', type: 'text' })
  entityType: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId: string;

  @Column({ name: 'city_id', type: 'int', nullable: true })
  cityId: number | null;

  @ManyToOne('cities', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'city_id' })
  city?: unknown;

  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after: unknown;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;
}
