import { applyDecorators, ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { plainToInstance, Transform } from 'class-transformer';
import { getMetadataStorage, IsNotEmpty, Matches, MaxLength, ValidateIf, ValidationError, validate } from 'class-validator';

/**
 * Input checked at the edge: `@InputType` classes carry class-validator rules whose `context`
 * names the userError (code and message parameters). A mutation whose input breaks a rule answers
 * with userErrors naming the fields, in the request's language, and its resolver does not run.
 */
export interface InputProblem {
  field: string;
  code: string;
  params: Record<string, string | number>;
}

/** Thrown by the pipe; the mutation interceptor turns it into userErrors. */
export class InvalidInput extends Error {
  /** `argument`: the input object the fields of the problems are in, if any. */
  constructor(
    readonly problems: InputProblem[],
    readonly argument?: string,
  ) {
    super('invalid input');
  }

  /** Where the first problem is among the operation's arguments (`filter.search`, `token`). */
  get path(): string {
    const field = this.problems[0]?.field;
    return [this.argument, field].filter(Boolean).join('.');
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const problem = (code: string, params: Record<string, string | number> = {}) => ({ context: { code, params } });
const trimmed = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
/** Optional fields may be absent, null or empty; the service stores null for them. */
const givenWhenOptional = (required: boolean) => (required ? [] : [ValidateIf((_, value) => value != null && value !== '')]);

/** Text, trimmed: REQUIRED when empty (unless optional), TOO_LONG above `max` characters. */
export const Text = ({ max, required = true }: { max: number; required?: boolean }) =>
  applyDecorators(trimmed, ...givenWhenOptional(required), IsNotEmpty(problem('REQUIRED')), MaxLength(max, problem('TOO_LONG', { max })));

/** Must be given, taken as it is (a password): REQUIRED when empty. */
export const Required = () => IsNotEmpty(problem('REQUIRED'));

/** An e-mail address, trimmed and lower-cased: REQUIRED, TOO_LONG or INVALID_EMAIL. */
export const Email = ({ required = true }: { required?: boolean } = {}) =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)),
    ...givenWhenOptional(required),
    IsNotEmpty(problem('REQUIRED')),
    MaxLength(254, problem('TOO_LONG', { max: 254 })),
    Matches(EMAIL, problem('INVALID_EMAIL')),
  );

// A UTF-16 surrogate without its other half: no character, and PostgreSQL refuses its JSON escape.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// What PostgreSQL's timestamptz holds and a person means.
const FIRST_DATE = Date.UTC(1, 0, 1);
const LAST_DATE = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/**
 * The first value of an argument that no field can hold, wherever it is (inputs and plain query
 * arguments alike): text with NUL (PostgreSQL cannot store it) or a lone surrogate, and a date that
 * is invalid or outside the years 1 to 9999. `path` names it (`email`, `filter.search`).
 */
export function unusableValue(value: unknown, path: string): InputProblem | null {
  if (typeof value === 'string') return value.includes('\0') || LONE_SURROGATE.test(value) ? { field: path, code: 'INVALID_CHARACTERS', params: {} } : null;
  if (value instanceof Date) {
    const time = value.getTime();
    return time >= FIRST_DATE && time <= LAST_DATE ? null : { field: path, code: 'INVALID_DATE', params: {} };
  }
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const found = unusableValue(item, path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return null;
}

function problemsOf(errors: ValidationError[], prefix = ''): InputProblem[] {
  return errors.flatMap((error) => {
    const field = prefix + error.property;
    // stopAtFirstError: one rule per field, the first declared (REQUIRED before TOO_LONG).
    const first = Object.values(error.contexts ?? {})[0] as { code?: string; params?: Record<string, string | number> } | undefined;
    if (error.constraints && !first?.code) throw new Error(`The rule on ${field} names no userError code (context: { code })`);
    const own = error.constraints ? [{ field, code: first?.code as string, params: first?.params ?? {} }] : [];
    return [...own, ...problemsOf(error.children ?? [], `${field}.`)];
  });
}

// The pipe runs for every parameter of every resolver, field resolvers included (the parent of each
// row of a list): the metadata lookup scans every rule, so its answer is kept per class.
const ruleCache = new WeakMap<object, boolean>();
const hasRules = (metatype: unknown): metatype is new () => object => {
  if (typeof metatype !== 'function') return false;
  let rules = ruleCache.get(metatype);
  if (rules === undefined) {
    rules = getMetadataStorage().getTargetValidationMetadatas(metatype, '', true, false).length > 0;
    ruleCache.set(metatype, rules);
  }
  return rules;
};

/**
 * Global pipe, the one place every GraphQL argument passes: no argument may hold an unusable value
 * (the problem names the field inside an input, as its userError does, or the argument); then
 * arguments whose class declares rules are transformed (trimmed) and validated. A mutation answers
 * InvalidInput as userErrors, a query as BAD_USER_INPUT (graphql-errors.ts).
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  // Not async: a parameter without rules passes through without a promise of its own.
  transform(value: unknown, { metatype, type, data }: ArgumentMetadata): unknown {
    if (type === 'custom') return value;
    // @nestjs/graphql hands @Args to pipes as 'body'; the context, info and root as 'custom'.
    if (type === 'body') {
      // Inside an input object the field is named as its rules name it (`email`); else the argument.
      const inside = value !== null && typeof value === 'object';
      const unusable = unusableValue(value, inside ? '' : (data ?? ''));
      if (unusable) throw new InvalidInput([unusable], inside ? data : undefined);
    }
    if (value === null || typeof value !== 'object' || !hasRules(metatype)) return value;
    return this.validated(metatype, value);
  }

  private async validated(metatype: new () => object, value: object): Promise<object> {
    const input = plainToInstance(metatype, value);
    const errors = await validate(input, { stopAtFirstError: true, forbidUnknownValues: false });
    if (errors.length) throw new InvalidInput(problemsOf(errors));
    return input;
  }
}
