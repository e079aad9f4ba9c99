import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { badgeStyle } from '../app/badges';
import type { CityRole, InvitationStatus, RepresentationStatus } from '../gql/features/graphql';

export function RoleBadge({ role }: { role: CityRole }) {
  const { t } = useTranslation();
  return (
    <Badge color="blue.9" variant="outline" size="sm" style={badgeStyle}>
      {t(`roles.${role}`)}
    </Badge>
  );
}

// Dark shades keep text contrast above 4.5:1.
const REQUEST_COLOR: Record<RepresentationStatus, string> = {
  PENDING: 'indigo.9',
  APPROVED: 'teal.9',
  REJECTED: 'red.9',
};

export function RequestStatusBadge({ status }: { status: RepresentationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={REQUEST_COLOR[status]} variant="filled" size="sm" style={badgeStyle}>
      {t(`representationStatus.${status}`)}
    </Badge>
  );
}

const INVITATION_COLOR: Record<InvitationStatus, string> = {
  PENDING: 'indigo.9',
  ACCEPTED: 'teal.9',
  REVOKED: 'gray.8',
  EXPIRED: 'red.9',
};

export function InvitationStatusBadge({ status }: { status: InvitationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={INVITATION_COLOR[status]} variant="filled" size="sm" style={badgeStyle}>
      {t(`invitationStatus.${status}`)}
    </Badge>
  );
}

export const CITY_ROLES: readonly CityRole[] = ['ADMIN', 'EDITOR', 'MEMBER'];

export function isCityRole(value: string): value is CityRole {
  return (CITY_ROLES as readonly string[]).includes(value);
}
