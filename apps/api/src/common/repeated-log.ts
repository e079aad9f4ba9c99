import type { LogLevel } from '../config/app-config.js';
import type { JsonLogger } from './json-logger.js';

/**
 * Logs an error the first time in full, then counts its repeats and writes one summary line per
 * interval while it keeps happening: an outage that fails every request must not fill the disk
 * with the same stack trace. `key` says what counts as the same error.
 */
export class RepeatedLog {
  private readonly counts = new Map<string, { level: LogLevel; msg: string; fields: Record<string, unknown>; repeats: number }>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly logger: JsonLogger,
    private readonly intervalMs = 60_000,
  ) {
    this.timer = setInterval(() => this.flush(), intervalMs);
    this.timer.unref(); // never what keeps the process alive
  }

  write(level: LogLevel, msg: string, key: string, full: Record<string, unknown>, summary: Record<string, unknown> = {}): void {
    const seen = this.counts.get(key);
    if (seen) {
      seen.repeats++;
      return;
    }
    this.counts.set(key, { level, msg, fields: summary, repeats: 0 });
    this.logger.write(level, msg, full);
  }

  /** One summary line per error that repeated; an error quiet for a whole interval is forgotten. */
  flush(): void {
    for (const [key, entry] of this.counts) {
      if (entry.repeats === 0) {
        this.counts.delete(key);
        continue;
      }
      this.logger.write(entry.level, `${entry.msg} (repeated)`, { ...entry.fields, repeats: entry.repeats, seconds: this.intervalMs / 1000 });
      entry.repeats = 0;
    }
  }

  stop(): void {
    clearInterval(this.timer);
    this.flush();
  }
}
