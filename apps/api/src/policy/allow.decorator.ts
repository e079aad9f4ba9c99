import { SetMetadata, type Type } from '@nestjs/common';
import type { Action, Resource } from '@citybridge/domain';

/**
 * Finds what an operation acts on, from a key in its arguments (an id, a slug); null when that
 * thing does not exist. Each domain writes its finders and lists them in its module's providers;
 * the policy knows none of their tables.
 */
export interface ResourceFinder {
  find(key: unknown): Promise<Resource | null>;
}

export interface ResourceLookup {
  finder: Type<ResourceFinder>;
  keyOf: (args: Record<string, any>) => unknown;
}

export type OperationPolicy = { public: true } | { action: Action; resource?: ResourceLookup };

export const POLICY = 'citybridge:policy';

/** Every query and mutation's policy by field name, so a test can find operations that declare none. */
export const POLICY_BY_OPERATION = new Map<string, OperationPolicy>();

function declare(policy: OperationPolicy): MethodDecorator {
  return (target, key, descriptor) => {
    POLICY_BY_OPERATION.set(String(key), policy);
    return SetMetadata(POLICY, policy)(target, key, descriptor);
  };
}

/**
 * The operation is allowed when the policy allows `action`, on the resource `finder` finds from
 * `keyOf(args)` when given: `@Allow('CITY_MEMBERS_REMOVE', MembershipResource, (args) => args.input?.membershipId)`.
 */
export const Allow = (action: Action, finder?: Type<ResourceFinder>, keyOf?: ResourceLookup['keyOf']) =>
  declare({ action, resource: finder && keyOf ? { finder, keyOf } : undefined });

/** Readable by anyone, signed in or not. */
export const Public = () => declare({ public: true });
