import { Injectable } from '@nestjs/common';
import { Language, message } from '../common/messages.js';
import type { __Pascal__StatusType } from './__kebab__.types.js';

/** The rules of __kebab__; other domains use it through this service only. */
@Injectable()
export class __Pascal__Service {
  status(language: Language): __Pascal__StatusType {
    return { domain: '__kebab__', message: message(language, '__camel__.ready') };
  }
}
