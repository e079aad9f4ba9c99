import type { CityMembersQuery } from '../gql/features/graphql';

// The rows of the members page, as `CityMembers` returns them.
export type City = NonNullable<CityMembersQuery['city']>;
export type Member = CityMembersQuery['cityMembers'][number];
export type Invitation = CityMembersQuery['cityInvitations'][number];
