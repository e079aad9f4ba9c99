import { DomainModule } from '../common/domain-module.js';
import { MailModule } from '../mail/mail.module.js';
import en from './locales/en.json';
import id from './locales/id.json';
import { Notifications1796156599792 } from './migrations/1796156599792-notifications.js';
import { Notification } from './notification.entity.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';

@DomainModule({
  name: 'notifications',
  entities: [Notification],
  migrations: [Notifications1796156599792],
  messages: { id, en },
  imports: [MailModule],
  providers: [NotificationsService, NotificationsResolver],
  exports: [NotificationsService],
})
export class NotificationsModule {}
