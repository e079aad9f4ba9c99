import { Field, ObjectType } from '@nestjs/graphql';
import { Language, message } from './messages.js';

@ObjectType({ description: 'An expected failure a form can show next to the field it names.' })
export class UserError {
  @Field(() => String, { nullable: true, description: 'The input field, e.g. "email"; null for the form as a whole.' })
  field: string | null;
  @Field({ description: 'Stable code, e.g. INVALID_EMAIL, WEAK_PASSWORD, LAST_ADMIN.' })
  code: string;
  @Field({ description: 'In the language of the request (Accept-Language: id or en).' })
  message: string;
}

/** Collects the userErrors of one mutation, with messages in the request's language. */
export class UserErrors {
  readonly list: UserError[] = [];
  constructor(readonly language: Language) {}

  add(field: string | null, code: string, params: Record<string, string | number> = {}): this {
    this.list.push({ field, code, message: message(this.language, `errors.${code}`, params) });
    return this;
  }

  get any(): boolean {
    return this.list.length > 0;
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Trims and validates a text input; records REQUIRED or TOO_LONG and returns the clean value. */
export function text(errors: UserErrors, field: string, value: string | null | undefined, { max, required = true }: { max: number; required?: boolean }): string {
  const clean = (value ?? '').trim();
  if (required && !clean) errors.add(field, 'REQUIRED');
  else if (clean.length > max) errors.add(field, 'TOO_LONG', { max });
  return clean;
}

export function email(errors: UserErrors, field: string, value: string | null | undefined, required = true): string {
  const clean = text(errors, field, value, { max: 254, required }).toLowerCase();
  if (clean && !EMAIL.test(clean)) errors.add(field, 'INVALID_EMAIL');
  return clean;
}
