import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** One in-app notice for one user: what happened (kind + params), about what (subject), read or not. */
@Entity({ name: 'notifications' })
@Index('notifications_user_list', { synchronize: false })
@Index('notifications_user_unread', { synchronize: false })
export class Notification {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_notifications' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne('users', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'notifications_user' })
  user?: unknown;

  /** A stable key, e.g. visit.confirmed; its title and body are messages `notifications.kind.<kind>`. */
  @Column({ type: 'text' })
  kind: string;

  /** What it is about (a visit's id); no foreign key: notices outlive nothing but their user. */
  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId: string | null;

  /** The values of the message (city names, dates), fixed when it happened. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  params: Record<string, string | number>;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
