import type { Type } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';
import type { GraphQLScalarType } from 'graphql';
import { UserError } from './user-errors.js';

type FieldType = Type<unknown> | BooleanConstructor | GraphQLScalarType;
type FieldSpec = (() => FieldType) | { type: () => FieldType; description?: string };
type ValueOf<T> = T extends BooleanConstructor ? boolean : T extends GraphQLScalarType ? string | null : T extends Type<infer I> ? I | null : never;
type TypeOf<S> = S extends () => infer T ? T : S extends { type: () => infer T } ? T : never;

/** What a resolver returns: the payload without userErrors, which the mutation interceptor adds. */
export type PayloadData<P> = Omit<P, 'userErrors'>;

/**
 * A mutation's answer: its data fields and `userErrors`, e.g.
 * `@ObjectType() class SignUpPayload extends Payload({ user: () => UserType }) {}`.
 * A Boolean field is non-null and false on failure; every other field is nullable and null on
 * failure (the interceptor answers that way when there are userErrors).
 */
export function Payload<S extends Record<string, FieldSpec>>(fields: S) {
  @ObjectType({ isAbstract: true })
  abstract class PayloadType {
    @Field(() => [UserError])
    userErrors: UserError[];
  }
  for (const [name, spec] of Object.entries(fields)) {
    const { type, description } = typeof spec === 'function' ? { type: spec, description: undefined } : spec;
    Field(type, { nullable: type() !== Boolean, description })(PayloadType.prototype, name);
  }
  return PayloadType as unknown as abstract new () => { userErrors: UserError[] } & { [K in keyof S]: ValueOf<TypeOf<S[K]>> };
}
