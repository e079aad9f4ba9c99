import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../app/viewer';

/**
 * "Ajukan kunjungan" on a practice page: for editors and admins of another city, opens the
 * request wizard with the practice's city as host and the practice chosen.
 */
export function RequestVisitLink({ hostSlug, hostName, practiceId }: { hostSlug: string; hostName: string; practiceId: string }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const mayRequest = (viewer?.memberships ?? []).some((m) => (m.role === 'EDITOR' || m.role === 'ADMIN') && m.city.slug !== hostSlug);
  if (!mayRequest) return null;
  const search = new URLSearchParams({ 'tuan-rumah': hostSlug, praktik: practiceId });
  return (
    <Button component={Link} to={`/kunjungan/ajukan?${search}`} variant="light" size="xs">
      {t('visits.requestVisit', { city: hostName })}
    </Button>
  );
}
