import { useMutation, useQuery } from '@apollo/client/react';
import { MAX_RELATED_INDICATORS } from '@citybridge/domain';
import { Alert, Button, Checkbox, CloseButton, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormFieldset } from '../app/form-fieldset';
import { LoadingState } from '../app/status-views';
import { useMutationForm } from '../app/use-mutation-form';
import { FormErrors } from '../app/user-errors';
import { type IndicatorCategory, type IndicatorFieldsFragment, MetricIndicatorsDocument, SetPracticeIndicatorsDocument } from '../gql/features/graphql';
import { useMetricsStrings } from './metrics-strings';

/**
 * The practice's editors choose its related indicators from the catalogue, one category at a time;
 * what is chosen stays listed (in order) across categories, each removable.
 */
export function RelatedIndicatorsEditor({ practiceId, current, onDone }: { practiceId: string; current: readonly IndicatorFieldsFragment[]; onDone: () => void }) {
  const { t } = useMetricsStrings();
  const { data } = useQuery(MetricIndicatorsDocument);
  const [chosen, setChosen] = useState<string[]>(current.map((i) => i.code));
  const [category, setCategory] = useState<IndicatorCategory | null>(current[0]?.category ?? null);
  const { fieldErrors, generalErrors, failed, submit } = useMutationForm(['indicatorCodes']);
  const [save, { loading }] = useMutation(SetPracticeIndicatorsDocument);
  if (!data) return <LoadingState label={t('metrics.impact.loading')} />;
  const catalogue = data.indicators;
  const categories = [...new Set(catalogue.map((i) => i.category))];
  const shown = category ?? categories[0];
  const byCode = new Map(catalogue.map((i) => [i.code, i]));
  const full = chosen.length >= MAX_RELATED_INDICATORS;
  const toggle = (code: string, on: boolean) => setChosen((list) => (on ? [...list, code] : list.filter((c) => c !== code)));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit({
      send: async () => (await save({ variables: { input: { practiceId, indicatorCodes: chosen } } })).data?.setPracticeIndicators,
      done: async ({ practice }) => {
        if (practice) onDone();
      },
    });
  };

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="related-indicators-heading">
      <FormFieldset disabled={loading}>
        <Stack gap="sm" maw={560}>
          <Title order={3} size="h4" id="related-indicators-heading">
            {t('metrics.impact.editorHeading')}
          </Title>
          <Text size="sm">{t('metrics.impact.editorIntro', { max: MAX_RELATED_INDICATORS })}</Text>
          <FormErrors errors={generalErrors} failed={failed} />
          <NativeSelect
            label={t('metrics.impact.category')}
            data={categories.map((c) => ({ value: c, label: t(`metrics.category.${c}`) }))}
            value={shown}
            onChange={(event) => setCategory(event.currentTarget.value as IndicatorCategory)}
          />
          <Stack gap={6} role="group" aria-label={t(`metrics.category.${shown}`)}>
            {catalogue
              .filter((i) => i.category === shown)
              .map((i) => {
                const on = chosen.includes(i.code);
                return <Checkbox key={i.code} label={i.name} checked={on} disabled={!on && full} onChange={(event) => toggle(i.code, event.currentTarget.checked)} />;
              })}
          </Stack>
          <Stack gap={4}>
            <Text fw={600} size="sm" id="related-indicators-chosen">
              {t('metrics.impact.chosen', { count: chosen.length, max: MAX_RELATED_INDICATORS })}
            </Text>
            {chosen.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('metrics.impact.noneChosen')}
              </Text>
            ) : (
              <Stack component="ol" gap={2} pl="md" m={0} aria-labelledby="related-indicators-chosen">
                {chosen.map((code) => {
                  const name = byCode.get(code)?.name ?? code;
                  return (
                    <li key={code}>
                      <Group gap={4} wrap="nowrap">
                        <Text size="sm">{name}</Text>
                        <CloseButton size="sm" aria-label={t('metrics.impact.remove', { name })} onClick={() => toggle(code, false)} />
                      </Group>
                    </li>
                  );
                })}
              </Stack>
            )}
            {fieldErrors.indicatorCodes && (
              <Alert color="red" variant="light" p="xs" role="alert">
                {fieldErrors.indicatorCodes}
              </Alert>
            )}
          </Stack>
          <Group gap="sm">
            <Button type="submit" loading={loading}>
              {t('metrics.impact.save')}
            </Button>
            <Button variant="subtle" onClick={onDone}>
              {t('metrics.impact.cancel')}
            </Button>
          </Group>
        </Stack>
      </FormFieldset>
    </form>
  );
}
