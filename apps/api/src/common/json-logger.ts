import { LoggerService } from '@nestjs/common';
import type { LogLevel } from '../config/app-config.js';

const RANK: Record<LogLevel, number> = { error: 0, warn: 1, info: 2, debug: 3 };

/** One JSON object per line on stdout, so logs can be shipped and queried as they are. */
export class JsonLogger implements LoggerService {
  constructor(private readonly level: LogLevel = 'info') {}

  write(level: LogLevel, msg: unknown, fields: Record<string, unknown> = {}): void {
    if (RANK[level] > RANK[this.level]) return;
    const line = { time: new Date().toISOString(), level, msg: msg instanceof Error ? msg.message : msg, ...fields };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }

  log(message: unknown, context?: string): void {
    this.write('info', message, context ? { context } : {});
  }
  error(message: unknown, stackOrContext?: string, context?: string): void {
    const stack = message instanceof Error ? message.stack : context ? stackOrContext : undefined;
    this.write('error', message, { context: context ?? (stack ? undefined : stackOrContext), stack });
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context ? { context } : {});
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context ? { context } : {});
  }
  verbose(message: unknown, context?: string): void {
    this.write('debug', message, context ? { context } : {});
  }
}
