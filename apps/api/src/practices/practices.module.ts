import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { CitiesModule } from '../cities/cities.module.js';
import { DomainModule } from '../common/domain-module.js';
import { MailModule } from '../mail/mail.module.js';
import { AdoptionResource } from './adoption.resource.js';
import { AdoptionsService } from './adoptions.service.js';
import { DEMO_LIBRARY } from './demo-data/demo-adoptions.js';
import en from './locales/en.json';
import id from './locales/id.json';
import libraryEn from './locales/library.en.json';
import libraryId from './locales/library.id.json';
import { Practices1796147587697 } from './migrations/1796147587697-practices.js';
import { PracticeSearch1796148313000 } from './migrations/1796148313000-practice-search.js';
import { PracticeAdoptions1796148313001 } from './migrations/1796148313001-practice-adoptions.js';
import { PracticeLibraryVersion1796149094427 } from './migrations/1796149094427-practice-library-version.js';
import { PracticeLibraryVersion } from './practice-library-version.entity.js';
import { Practice } from './practice.entity.js';
import { PracticeResource } from './practice.resource.js';
import { PracticeAdoption } from './practice-adoption.entity.js';
import { LIBRARY_RESOLVERS } from './practice-library.resolver.js';
import { PracticeRevision } from './practice-revision.entity.js';
import { PracticeSearchService } from './practice-search.service.js';
import { PracticeText } from './practice-text.entity.js';
import { PracticeWriter } from './practice-writer.service.js';
import { PRACTICE_RESOLVERS } from './practices.resolver.js';
import { PracticesService } from './practices.service.js';

@DomainModule({
  name: 'practices',
  entities: [Practice, PracticeText, PracticeRevision, PracticeAdoption, PracticeLibraryVersion],
  migrations: [Practices1796147587697, PracticeSearch1796148313000, PracticeAdoptions1796148313001, PracticeLibraryVersion1796149094427],
  demoData: DEMO_LIBRARY,
  // The library's search and adoptions keep their messages in files of their own (library.*.json).
  messages: { id: { ...id, ...libraryId, errors: { ...id.errors, ...libraryId.errors } }, en: { ...en, ...libraryEn, errors: { ...en.errors, ...libraryEn.errors } } },
  imports: [AuthModule, AuditModule, CitiesModule, MailModule],
  providers: [PracticesService, PracticeWriter, PracticeResource, PracticeSearchService, AdoptionsService, AdoptionResource, ...PRACTICE_RESOLVERS, ...LIBRARY_RESOLVERS],
  exports: [PracticesService, PracticeSearchService, AdoptionsService],
})
export class PracticesModule {}
