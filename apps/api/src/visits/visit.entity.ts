import { Check, Column, CreateDateColumn, Entity, Exclusion, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

// Cities, users and practices belong to other domains: their tables are named here for the foreign keys.
// The states in the check are packages/domain's (visit.ts); a change there needs a migration.
/** A working visit (kunjungan kerja) of one city's delegation to another city. */
@Entity({ name: 'visits' })
@Check('visits_other_city', `visiting_city_id <> host_city_id`)
@Check('visits_state', `state IN ('requested', 'proposed', 'confirmed', 'declined', 'withdrawn', 'cancelled', 'completed')`)
@Check('visits_slot', `ends_at > starts_at`)
@Check('visits_slot_when_confirmed', `state NOT IN ('confirmed', 'completed') OR starts_at IS NOT NULL`)
@Check('visits_lengths', `char_length(purpose) <= 2000 AND char_length(venue) <= 500 AND cardinality(topics) <= 10`)
@Check('visits_sequence', `sequence >= 0`)
@Check('visits_budget', `travel_budget >= 0`)
// A city's calendar (either side), the public list and the reminders read by state and time.
@Index('visits_host_starts', ['hostCityId', 'startsAt'])
@Index('visits_visiting_starts', ['visitingCityId', 'startsAt'])
@Index('visits_state_starts', ['stateValue', 'startsAt'])
@Index('visits_public_starts', { synchronize: false })
export class Visit {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_visits' })
  id: string;

  @Column({ name: 'visiting_city_id', type: 'int' })
  visitingCityId: number;

  @ManyToOne('cities', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'visiting_city_id' })
  visitingCity?: unknown;

  @Column({ name: 'host_city_id', type: 'int' })
  hostCityId: number;

  @ManyToOne('cities', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_city_id' })
  hostCity?: unknown;

  @Column({ name: 'state', type: 'text' })
  stateValue: string;

  @Column({ type: 'text' })
  purpose: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics: string[];

  @Column({ name: 'is_private', type: 'boolean', default: false })
  isPrivate: boolean;

  /** The confirmed slot (null until confirmed). */
  @Column({ name: 'starts_at', type: 'timestamptz', nullable: true })
  startsAt: Date | null;

  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true })
  endsAt: Date | null;

  /** IANA zone the host's times are entered and shown in, copied from its settings at the request. */
  @Column({ name: 'host_time_zone', type: 'text' })
  hostTimeZone: string;

  @Column({ type: 'text', nullable: true })
  venue: string | null;

  /** iCalendar SEQUENCE: +1 on every reschedule, cancellation and change of the slot. */
  @Column({ type: 'int', default: 0 })
  sequence: number;

  @Column({ name: 'travel_budget', type: 'numeric', precision: 16, scale: 2, nullable: true })
  travelBudget: string | null;

  @Column({ type: 'text', default: 'IDR' })
  currency: string;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy: string | null;

  @ManyToOne('users', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requested_by' })
  requester?: unknown;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A time offered for a visit. Each proposal or reschedule is a new round; the current windows are the last round's. */
@Entity({ name: 'visit_windows' })
@Check('visit_windows_slot', `ends_at > starts_at`)
@Check('visit_windows_position', `position BETWEEN 1 AND 3`)
@Check('visit_windows_proposed_by', `proposed_by IN ('host', 'visiting')`)
@Unique('visit_windows_round_position', ['visitId', 'round', 'position'])
export class VisitWindow {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_visit_windows' })
  id: string;

  @Column({ name: 'visit_id', type: 'uuid' })
  visitId: string;

  @ManyToOne(() => Visit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visit_id' })
  visit?: Visit;

  @Column({ type: 'int' })
  round: number;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ name: 'proposed_by', type: 'text' })
  proposedBy: string;
}

/** The host's practices the visit is about. */
@Entity({ name: 'visit_practices' })
@Index('visit_practices_practice', ['practiceId'])
export class VisitPractice {
  @PrimaryColumn({ name: 'visit_id', type: 'uuid', primaryKeyConstraintName: 'PK_visit_practices' })
  visitId: string;

  @ManyToOne(() => Visit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visit_id' })
  visit?: Visit;

  @PrimaryColumn({ name: 'practice_id', type: 'uuid', primaryKeyConstraintName: 'PK_visit_practices' })
  practiceId: string;

  @ManyToOne('practices', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice?: unknown;

  @Column({ type: 'smallint' })
  position: number;
}

/** A member of the visiting delegation; exactly one leads it (a partial unique index in the migration). */
@Entity({ name: 'visit_delegates' })
@Check('visit_delegates_lengths', `char_length(name) <= 200 AND char_length(title) <= 200 AND char_length(agency) <= 200 AND char_length(email) <= 254`)
@Index('visit_delegates_visit', ['visitId', 'position'])
@Index('visit_delegates_one_leader', { synchronize: false })
export class VisitDelegate {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_visit_delegates' })
  id: string;

  @Column({ name: 'visit_id', type: 'uuid' })
  visitId: string;

  @ManyToOne(() => Visit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visit_id' })
  visit?: Visit;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  agency: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ name: 'is_leader', type: 'boolean', default: false })
  isLeader: boolean;
}

/** Who receives the delegation on the host's side. */
@Entity({ name: 'visit_host_participants' })
@Check('visit_host_participants_lengths', `char_length(name) <= 200 AND char_length(title) <= 200 AND char_length(agency) <= 200 AND char_length(role) <= 200`)
@Index('visit_host_participants_visit', ['visitId', 'position'])
export class VisitHostParticipant {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_visit_host_participants' })
  id: string;

  @Column({ name: 'visit_id', type: 'uuid' })
  visitId: string;

  @ManyToOne(() => Visit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visit_id' })
  visit?: Visit;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  agency: string | null;

  @Column({ type: 'text', nullable: true })
  role: string | null;
}

/** The visit's programme, as the host plans it. */
@Entity({ name: 'visit_agenda_items' })
@Check('visit_agenda_items_lengths', `char_length(title) <= 200 AND char_length(presenter) <= 200`)
@Index('visit_agenda_items_visit', ['visitId', 'position'])
export class VisitAgendaItem {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_visit_agenda_items' })
  id: string;

  @Column({ name: 'visit_id', type: 'uuid' })
  visitId: string;

  @ManyToOne(() => Visit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visit_id' })
  visit?: Visit;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'practice_id', type: 'uuid', nullable: true })
  practiceId: string | null;

  @ManyToOne('practices', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'practice_id' })
  practice?: unknown;

  @Column({ type: 'text', nullable: true })
  presenter: string | null;

  @Column({ type: 'smallint' })
  position: number;
}

/** The visit's timeline: every request, transition and edit, with who did it. */
@Entity({ name: 'visit_events' })
@Check('visit_events_side', `side IN ('host', 'visiting')`)
@Index('visit_events_visit', ['visitId', 'id'])
export class VisitEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'PK_visit_events' })
  id: string;

  @Column({ name: 'visit_id', type: 'uuid' })
  visitId: string;

  @ManyToOne(() => Visit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visit_id' })
  visit?: Visit;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne('users', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: unknown;

  @Column({ type: 'text', nullable: true })
  side: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'from_state', type: 'text', nullable: true })
  fromState: string | null;

  @Column({ name: 'to_state', type: 'text', nullable: true })
  toState: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  detail: Record<string, unknown>;
}

/**
 * The host's booked slot of a confirmed visit, in one of its lanes (1..capacity). The exclusion
 * constraint keeps two visits out of one lane at the same time, so parallel confirmations cannot
 * overbook the host whatever their timing.
 */
@Entity({ name: 'visit_bookings' })
@Check('visit_bookings_lane', `lane BETWEEN 1 AND 20`)
@Exclusion('visit_bookings_no_overlap', `USING gist ("host_city_id" WITH =, "lane" WITH =, "during" WITH &&)`)
export class VisitBooking {
  @PrimaryColumn({ name: 'visit_id', type: 'uuid', primaryKeyConstraintName: 'PK_visit_bookings' })
  visitId: string;

  @ManyToOne(() => Visit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visit_id' })
  visit?: Visit;

  @Column({ name: 'host_city_id', type: 'int' })
  hostCityId: number;

  @Column({ type: 'tstzrange' })
  during: string;

  @Column({ type: 'smallint' })
  lane: number;
}
