import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * The secret of a city's calendar feed (`/calendar/cities/:slug.ics?token=…`), one per city. Only the
 * token's sha256 is kept; the token itself is derived from the server's secret and `nonce`, so the
 * admins can be shown the link again, and rotating (a new nonce) makes the old link useless.
 */
@Entity({ name: 'calendar_feed_tokens' })
export class CalendarFeedToken {
  @PrimaryColumn({ name: 'city_id', type: 'int', primaryKeyConstraintName: 'calendar_feed_tokens_pkey' })
  cityId: number;

  @ManyToOne('cities', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'city_id', foreignKeyConstraintName: 'calendar_feed_tokens_city_fk' })
  city?: unknown;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ type: 'text' })
  nonce: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
