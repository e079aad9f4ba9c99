import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { CitiesModule } from '../cities/cities.module.js';
import { DomainModule } from '../common/domain-module.js';
import { MailModule } from '../mail/mail.module.js';
import { DEMO_PRACTICES } from './demo-data/demo-practices.js';
import en from './locales/en.json';
import id from './locales/id.json';
import { Practices1796147587697 } from './migrations/1796147587697-practices.js';
import { PracticeRevision } from './practice-revision.entity.js';
import { PracticeText } from './practice-text.entity.js';
import { PracticeWriter } from './practice-writer.service.js';
import { Practice } from './practice.entity.js';
import { PracticeResource } from './practice.resource.js';
import { PRACTICE_RESOLVERS } from './practices.resolver.js';
import { PracticesService } from './practices.service.js';

@DomainModule({
  name: 'practices',
  entities: [Practice, PracticeText, PracticeRevision],
  migrations: [Practices1796147587697],
  demoData: DEMO_PRACTICES,
  messages: { id, en },
  imports: [AuthModule, AuditModule, CitiesModule, MailModule],
  providers: [PracticesService, PracticeWriter, PracticeResource, ...PRACTICE_RESOLVERS],
  exports: [PracticesService],
})
export class PracticesModule {}
