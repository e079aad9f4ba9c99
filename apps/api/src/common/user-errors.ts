import { Field, ObjectType } from '@nestjs/graphql';
import { LANGUAGES, Language, message } from './messages.js';

@ObjectType({ description: 'A text in one language.' })
export class LocalizedText {
  @Field(() => String, { description: 'id or en' })
  language: string;
  @Field(() => String)
  text: string;
}

@ObjectType({ description: 'An expected failure a form can show next to the field it names.' })
export class UserError {
  @Field(() => String, { nullable: true, description: 'The input field, e.g. "email"; null for the form as a whole.' })
  field: string | null;
  @Field({ description: 'Stable code, e.g. INVALID_EMAIL, WEAK_PASSWORD, LAST_ADMIN.' })
  code: string;
  @Field({ description: 'In the language of the request (Accept-Language: id or en).' })
  message: string;
  @Field(() => [LocalizedText], {
    description: 'The message in every language the app offers, so a form that shows it can follow a language switch without sending again.',
  })
  messages: LocalizedText[];
}

/**
 * The one way services report expected failures: they add to the mutation's collector (a resolver
 * parameter, `@Errors()`) and return null. Any entry rolls the mutation's transaction back.
 */
export class UserErrors {
  readonly list: UserError[] = [];
  constructor(readonly language: Language) {}

  add(field: string | null, code: string, params: Record<string, string | number> = {}): this {
    const key = `errors.${code}`;
    const messages = LANGUAGES.map((language) => ({ language, text: message(language, key, params) }));
    this.list.push({ field, code, message: message(this.language, key, params), messages });
    return this;
  }

  get any(): boolean {
    return this.list.length > 0;
  }
}
