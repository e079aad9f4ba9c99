import { DomainModule } from '../common/domain-module.js';
import en from './locales/en.json';
import id from './locales/id.json';
import { Practices1796147587697 } from './migrations/1796147587697-practices.js';
import { PracticeRevision } from './practice-revision.entity.js';
import { PracticeText } from './practice-text.entity.js';
import { Practice } from './practice.entity.js';
import { PracticesService } from './practices.service.js';

@DomainModule({
  name: 'practices',
  entities: [Practice, PracticeText, PracticeRevision],
  migrations: [Practices1796147587697],
  messages: { id, en },
  providers: [PracticesService],
  exports: [PracticesService],
})
export class PracticesModule {}
