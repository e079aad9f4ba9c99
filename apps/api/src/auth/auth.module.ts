import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { APP_CONFIG } from '../common/app-config.provider.js';
import type { AppConfig } from '../config/app-config.js';
import { MailModule } from '../mail/mail.module.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { PasswordService } from './password.service.js';
import { RateLimiter, rateLimitStore } from './rate-limiter.js';
import { SessionService } from './session.service.js';

@Module({
  imports: [AuditModule, MailModule],
  providers: [
    AuthService,
    AuthResolver,
    PasswordService,
    SessionService,
    {
      provide: RateLimiter,
      useFactory: (config: AppConfig, dataSource: DataSource) => new RateLimiter(rateLimitStore(config.redisUrl, dataSource)),
      inject: [APP_CONFIG, getDataSourceToken()],
    },
  ],
  exports: [SessionService, PasswordService],
})
export class AuthModule {}
