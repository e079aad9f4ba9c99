import { SetMetadata } from '@nestjs/common';
import type { Action, Resource } from '@citybridge/domain';
import type { PolicyResources } from './policy-resources.service.js';

/** Finds what a call acts on from its arguments; null when that thing does not exist. */
export type ResourceOf = (args: Record<string, any>, resources: PolicyResources) => Promise<Resource | null>;

export type OperationPolicy = { public: true } | { action: Action; resourceOf?: ResourceOf };

export const POLICY = 'citybridge:policy';

/** Every query and mutation's policy by field name, so a test can find operations that declare none. */
export const POLICY_BY_OPERATION = new Map<string, OperationPolicy>();

function declare(policy: OperationPolicy): MethodDecorator {
  return (target, key, descriptor) => {
    POLICY_BY_OPERATION.set(String(key), policy);
    return SetMetadata(POLICY, policy)(target, key, descriptor);
  };
}

/** The operation is allowed when the policy allows `action` on the resource found in its arguments. */
export const Allow = (action: Action, resourceOf?: ResourceOf) => declare({ action, resourceOf });

/** Readable by anyone, signed in or not. */
export const Public = () => declare({ public: true });
