import { useApolloClient, useQuery } from '@apollo/client/react';
import { Anchor, Button, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '../app/status-views';
import { AdoptionImpactDocument, PracticeRelatedIndicatorsDocument } from '../gql/features/graphql';
import { ImpactPanel } from './impact-panel';
import { useMetricsStrings } from './metrics-strings';
import { RelatedIndicatorsEditor } from './related-indicators-editor';

export interface PracticeImpactProps {
  practiceId: string;
  /** The viewer may choose the related indicators (PRACTICE_INDICATORS_EDIT on the practice). */
  canEdit: boolean;
  adoptions: readonly { id: string; adoptedOn: string | null; city: { name: string } }[];
}

/**
 * On a practice page: its related indicators (chosen by its editors) and, for each dated adoption,
 * the impact panel. Nothing shows for a reader when the practice has no related indicators.
 */
export default function PracticeImpact({ practiceId, canEdit, adoptions }: PracticeImpactProps) {
  const { t } = useMetricsStrings();
  const client = useApolloClient();
  const [editing, setEditing] = useState(false);
  const { data, error } = useQuery(PracticeRelatedIndicatorsDocument, { variables: { id: practiceId } });
  if (error && !data) return <ErrorState message={t('metrics.impact.error')} />;
  const related = data?.practice?.relatedIndicators;
  if (!related || (!related.length && !canEdit)) return null;
  const dated = adoptions.filter((a) => a.adoptedOn);
  return (
    <Stack component="section" gap="md" aria-labelledby="practice-impact">
      <Title order={2} size="h3" id="practice-impact">
        {t('metrics.impact.heading')}
      </Title>
      <Text size="sm">{t('metrics.impact.intro')}</Text>
      <Stack gap={4}>
        <Text fw={600} id="practice-related-indicators">
          {t('metrics.impact.related')}
        </Text>
        {related.length > 0 ? (
          <List size="sm" aria-labelledby="practice-related-indicators">
            {related.map((i) => (
              <List.Item key={i.code}>
                <Anchor component={Link} to={`/metrik/indikator/${i.code}`}>
                  {i.name}
                </Anchor>
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            {t('metrics.impact.noRelated')}
          </Text>
        )}
      </Stack>
      {canEdit &&
        (editing ? (
          <RelatedIndicatorsEditor
            practiceId={practiceId}
            current={related}
            onDone={() => {
              setEditing(false);
              // The panels compare the new indicators.
              void client.refetchQueries({ include: [AdoptionImpactDocument] });
            }}
          />
        ) : (
          <Button variant="light" size="xs" style={{ alignSelf: 'flex-start' }} onClick={() => setEditing(true)}>
            {t('metrics.impact.editRelated')}
          </Button>
        ))}
      {related.length > 0 &&
        (dated.length > 0 ? (
          dated.map((a) => <ImpactPanel key={`${a.id}|${related.map((i) => i.code).join(',')}`} adoptionId={a.id} cityName={a.city.name} />)
        ) : (
          <Text size="sm" c="dimmed">
            {t('metrics.impact.noAdoptions')}
          </Text>
        ))}
    </Stack>
  );
}
