import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** How many visits a city receives at once and in which zone it works. No row: capacity 1, the province's zone. */
@Entity({ name: 'visit_host_settings' })
@Check('visit_host_settings_capacity', `capacity BETWEEN 1 AND 20`)
export class VisitHostSettings {
  @PrimaryColumn({ name: 'city_id', type: 'int', primaryKeyConstraintName: 'PK_visit_host_settings' })
  cityId: number;

  @ManyToOne('cities', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'city_id' })
  city?: unknown;

  @Column({ type: 'smallint', default: 1 })
  capacity: number;

  @Column({ name: 'time_zone', type: 'text' })
  timeZone: string;
}

/** A weekly opening for visits (ISO weekday, Monday 1), in the city's zone. */
@Entity({ name: 'visit_availability_rules' })
@Check('visit_availability_rules_weekday', `weekday BETWEEN 1 AND 7`)
@Check('visit_availability_rules_times', `end_time > start_time`)
@Index('visit_availability_rules_city', ['cityId', 'weekday'])
export class VisitAvailabilityRule {
  @PrimaryGeneratedColumn('identity', { type: 'int', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'PK_visit_availability_rules' })
  id: number;

  @Column({ name: 'city_id', type: 'int' })
  cityId: number;

  @ManyToOne('cities', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'city_id' })
  city?: unknown;

  @Column({ type: 'smallint' })
  weekday: number;

  @Column({ name: 'start_time', type: 'time' })
  startTime: string;

  @Column({ name: 'end_time', type: 'time' })
  endTime: string;
}

/** A day that differs from the weekly rules: closed (a holiday) or open at given times. */
@Entity({ name: 'visit_availability_exceptions' })
@Check('visit_availability_exceptions_times', `available = false OR (start_time IS NOT NULL AND end_time > start_time)`)
@Check('visit_availability_exceptions_note', `char_length(note) <= 200`)
@Unique('visit_availability_exceptions_day', ['cityId', 'onDate'])
export class VisitAvailabilityException {
  @PrimaryGeneratedColumn('identity', { type: 'int', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'PK_visit_availability_exceptions' })
  id: number;

  @Column({ name: 'city_id', type: 'int' })
  cityId: number;

  @ManyToOne('cities', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'city_id' })
  city?: unknown;

  @Column({ name: 'on_date', type: 'date' })
  onDate: string;

  @Column({ type: 'boolean' })
  available: boolean;

  @Column({ name: 'start_time', type: 'time', nullable: true })
  startTime: string | null;

  @Column({ name: 'end_time', type: 'time', nullable: true })
  endTime: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
