import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ACTIONS } from '@citybridge/domain';
import { UserError } from '../common/user-errors.js';

export const ActionEnum = Object.fromEntries(ACTIONS.map((a) => [a, a])) as Record<(typeof ACTIONS)[number], (typeof ACTIONS)[number]>;
registerEnumType(ActionEnum, { name: 'Action', description: 'What a user may do; decided by the policy in packages/domain.' });

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id: string;
  @Field()
  email: string;
  @Field()
  displayName: string;
  @Field()
  isPlatformAdmin: boolean;
  @Field()
  isResearcher: boolean;
  @Field({ description: 'Made for the demo (refused in production).' })
  isDemo: boolean;
  @Field()
  createdAt: Date;
}

@ObjectType('MemberUser', { description: 'A user as city admins and platform admins see them.' })
export class MemberUserType {
  @Field(() => ID)
  id: string;
  @Field()
  displayName: string;
  @Field()
  email: string;
}

@InputType()
export class SignUpInput {
  @Field()
  email: string;
  @Field()
  password: string;
  @Field()
  displayName: string;
}

@ObjectType()
export class SignUpPayload {
  @Field(() => UserType, { nullable: true })
  user: UserType | null;
  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType()
export class SignInInput {
  @Field()
  email: string;
  @Field()
  password: string;
}

@ObjectType()
export class SignInPayload {
  @Field(() => UserType, { nullable: true })
  user: UserType | null;
  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType()
export class SignOutInput {
  @Field({ nullable: true, defaultValue: false, description: 'End every session of this account, on every device.' })
  everywhere?: boolean;
}

@ObjectType()
export class SignOutPayload {
  @Field()
  signedOut: boolean;
  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType()
export class UpdateProfileInput {
  @Field()
  displayName: string;
}

@ObjectType()
export class UpdateProfilePayload {
  @Field(() => UserType, { nullable: true })
  user: UserType | null;
  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  email: string;
}

@ObjectType()
export class RequestPasswordResetPayload {
  @Field({ description: 'Always true for a well-formed address: whether it has an account is not told.' })
  accepted: boolean;
  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType()
export class ResetPasswordInput {
  @Field()
  token: string;
  @Field()
  password: string;
}

@ObjectType()
export class ResetPasswordPayload {
  @Field()
  passwordChanged: boolean;
  @Field(() => [UserError])
  userErrors: UserError[];
}
