import { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';
import type { LogLevel } from '../config/app-config.js';

/**
 * One JSON object per line on stdout, so logs can be shipped and queried as they are: pino writes
 * the line (`level` as a word, `time` as ISO 8601, `msg`, then the fields). It writes through
 * `process.stdout` rather than its own file descriptor, so output stays ordered with Nest's and tests
 * can read it.
 */
export class JsonLogger implements LoggerService {
  private readonly pino: Logger<never, boolean>;

  constructor(level: LogLevel = 'info') {
    this.pino = pino(
      {
        level,
        base: undefined,
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
      },
      process.stdout,
    );
  }

  write(level: LogLevel, msg: unknown, fields: Record<string, unknown> = {}): void {
    if (!this.pino.isLevelEnabled(level)) return;
    this.pino[level](fields, msg instanceof Error ? msg.message : typeof msg === 'string' ? msg : JSON.stringify(msg));
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
