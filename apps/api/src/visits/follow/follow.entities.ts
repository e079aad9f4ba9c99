import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** The visiting city's report after a completed visit: a public summary and its learnings. */
@Entity({ name: 'visit_reports' })
@Check('visit_reports_summary', `char_length(summary) BETWEEN 1 AND 2000`)
@Check('visit_reports_learnings', `char_length(learnings) <= 10000`)
@Index('visit_reports_filed', { synchronize: false })
export class VisitReport {
  @PrimaryColumn({ name: 'visit_id', type: 'uuid', primaryKeyConstraintName: 'PK_visit_reports' })
  visitId: string;

  @ManyToOne('visits', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visit_id', foreignKeyConstraintName: 'visit_reports_visit' })
  visit?: unknown;

  /** Public: shown with the visit wherever it is public. */
  @Column({ type: 'text' })
  summary: string;

  /** For the two cities only. */
  @Column({ type: 'text', default: '' })
  learnings: string;

  @Column({ name: 'filed_by', type: 'uuid', nullable: true })
  filedBy: string | null;

  @ManyToOne('users', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'filed_by', foreignKeyConstraintName: 'visit_reports_filed_by' })
  filer?: unknown;

  /** Where the content comes from when it was not filed here (the seed visit: a 2018 news article). */
  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Column({ name: 'filed_at', type: 'timestamptz', default: () => 'now()' })
  filedAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;
}

/** A follow-up action (rencana tindak lanjut) of a report. */
@Entity({ name: 'visit_follow_ups' })
@Check('visit_follow_ups_status', `status IN ('planned', 'in_progress', 'done', 'dropped')`)
@Check('visit_follow_ups_action', `char_length(action) BETWEEN 1 AND 500`)
@Check('visit_follow_ups_owner', `char_length(owner_agency) BETWEEN 1 AND 200`)
@Index('visit_follow_ups_position', ['visitId', 'position'], { unique: true })
export class VisitFollowUp {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_visit_follow_ups' })
  id: string;

  @Column({ name: 'visit_id', type: 'uuid' })
  visitId: string;

  @ManyToOne('visits', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visit_id', foreignKeyConstraintName: 'visit_follow_ups_visit' })
  visit?: unknown;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'owner_agency', type: 'text' })
  ownerAgency: string;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ type: 'text' })
  status: 'planned' | 'in_progress' | 'done' | 'dropped';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** An adoption (practices domain) that a visit produced. */
@Entity({ name: 'visit_adoptions' })
@Index('visit_adoptions_adoption', { synchronize: false })
export class VisitAdoption {
  @PrimaryColumn({ name: 'visit_id', type: 'uuid', primaryKeyConstraintName: 'PK_visit_adoptions' })
  visitId: string;

  @PrimaryColumn({ name: 'adoption_id', type: 'uuid', primaryKeyConstraintName: 'PK_visit_adoptions' })
  adoptionId: string;

  @ManyToOne('visits', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visit_id', foreignKeyConstraintName: 'visit_adoptions_visit' })
  visit?: unknown;

  @ManyToOne('practice_adoptions', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'adoption_id', foreignKeyConstraintName: 'visit_adoptions_adoption' })
  adoption?: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A reminder that went out: the key (visit, kind, sequence) makes it go once, whatever runs the job. */
@Entity({ name: 'visit_reminders_sent' })
export class VisitReminderSent {
  @PrimaryColumn({ name: 'visit_id', type: 'uuid', primaryKeyConstraintName: 'PK_visit_reminders_sent' })
  visitId: string;

  /** before-3d, before-1d, follow-up-3m, follow-up-6m, follow-up-12m */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_visit_reminders_sent' })
  kind: string;

  /** The visit's SEQUENCE when sent: a rescheduled visit is reminded again. */
  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'PK_visit_reminders_sent' })
  sequence: number;

  @ManyToOne('visits', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visit_id', foreignKeyConstraintName: 'visit_reminders_sent_visit' })
  visit?: unknown;

  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt: Date;
}

export const FOLLOW_ENTITIES = [VisitReport, VisitFollowUp, VisitAdoption, VisitReminderSent];
