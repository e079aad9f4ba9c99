import { APP_CONFIG } from '../common/app-config.provider.js';
import { DomainModule } from '../common/domain-module.js';
import { JsonLogger } from '../common/json-logger.js';
import type { AppConfig } from '../config/app-config.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { MailResolver } from './mail.resolver.js';
import { MAIL_TRANSPORT, MailService, mailTransport } from './mail.service.js';
import { OutboxEmail } from './outbox-email.entity.js';

// The outbox_emails table is made by auth's first migration (see auth.module.ts).
@DomainModule({
  name: 'mail',
  entities: [OutboxEmail],
  imports: [JobsModule],
  providers: [
    MailService,
    MailResolver,
    { provide: MAIL_TRANSPORT, useFactory: (config: AppConfig, logger: JsonLogger) => mailTransport(config.smtpUrl, logger), inject: [APP_CONFIG, JsonLogger] },
  ],
  exports: [MailService],
})
export class MailModule {}
