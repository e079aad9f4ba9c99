import { AuditModule } from '../audit/audit.module.js';
import { DomainModule } from '../common/domain-module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { MailModule } from '../mail/mail.module.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { DEMO_ACCOUNTS_DATA } from './demo-accounts.js';
import { EmailConfirmationToken } from './email-confirmation-token.entity.js';
import { EmailConfirmationService } from './email-confirmation.service.js';
import en from './locales/en.json';
import id from './locales/id.json';
import { Accounts1764500000000 } from './migrations/1764500000000-accounts.js';
import { UserRefs1764600001000 } from './migrations/1764600001000-user-refs.js';
import { EmailConfirmation1764700001000 } from './migrations/1764700001000-email-confirmation.js';
import { PasswordResetToken } from './password-reset-token.entity.js';
import { PasswordService } from './password.service.js';
import { RateLimit } from './rate-limit.entity.js';
import { Session } from './session.entity.js';
import { SessionService } from './session.service.js';
import { User } from './user.entity.js';

@DomainModule({
  name: 'auth',
  entities: [User, Session, PasswordResetToken, RateLimit, EmailConfirmationToken],
  // The first accounts migration also made the tables of memberships, mail and audit (they came
  // together); it stays here as it is, and those domains' later migrations go in their own folders.
  migrations: [Accounts1764500000000, UserRefs1764600001000, EmailConfirmation1764700001000],
  demoData: DEMO_ACCOUNTS_DATA,
  messages: { id, en },
  imports: [AuditModule, JobsModule, MailModule],
  providers: [AuthService, AuthResolver, EmailConfirmationService, PasswordService, SessionService],
  exports: [SessionService, PasswordService],
})
export class AuthModule {}
