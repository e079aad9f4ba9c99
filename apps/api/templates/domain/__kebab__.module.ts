import { DomainModule } from '../common/domain-module.js';
import en from './locales/en.json';
import id from './locales/id.json';
import { __Pascal__Resolver } from './__kebab__.resolver.js';
import { __Pascal__Service } from './__kebab__.service.js';

@DomainModule({
  name: '__kebab__',
  // entities: [...], migrations: [...] (src/__kebab__/migrations/<timestamp>-<name>.ts), demoData: { order, load }
  messages: { id, en },
  providers: [__Pascal__Service, __Pascal__Resolver],
  exports: [__Pascal__Service],
})
export class __Pascal__Module {}
