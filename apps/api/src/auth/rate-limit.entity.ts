import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Fixed-window counters of the PostgreSQL rate limiter (Redis keeps them when REDIS_URL is set). */
@Entity({ name: 'rate_limits' })
export class RateLimit {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ name: 'window_start', type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'int' })
  hits: number;
}
