import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, NativeSelect, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormFieldset } from '../app/form-fieldset';
import { useMutationForm } from '../app/use-mutation-form';
import { FormErrors } from '../app/user-errors';
import type { Viewer } from '../app/viewer';
import { type AdoptionStatus, PracticeAdoptionsDocument, RecordAdoptionDocument } from '../gql/features/graphql';
import { usePracticeStrings } from './practice-strings';

const STATUSES: AdoptionStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'];
const isStatus = (value: string): value is AdoptionStatus => (STATUSES as string[]).includes(value);

/** The cities for which the viewer may record an adoption: where they write, other than the practice's. */
export function adoptingCities(viewer: Viewer | null, practiceCitySlug: string) {
  return (viewer?.memberships ?? [])
    .filter((m) => (m.role === 'EDITOR' || m.role === 'ADMIN') && m.city.slug !== practiceCitySlug)
    .map((m) => m.city);
}

/** "Catat adopsi": an editor or admin of another city records that it adopted (or plans to adopt) the practice. */
export function AdoptionForm({
  practiceId,
  writerCities,
  adoptedSlugs,
}: {
  practiceId: string;
  writerCities: { slug: string; name: string }[];
  /** One adoption per city: those that have one are not offered again. */
  adoptedSlugs: readonly string[];
}) {
  const { t } = usePracticeStrings();
  const client = useApolloClient();
  const cities = writerCities.filter((c) => !adoptedSlugs.includes(c.slug));
  const [citySlug, setCitySlug] = useState(cities[0]?.slug ?? '');
  const [status, setStatus] = useState<AdoptionStatus>('PLANNED');
  const [adoptedOn, setAdoptedOn] = useState('');
  const [notes, setNotes] = useState('');
  const [recorded, setRecorded] = useState<string | null>(null);
  const { fieldErrors, generalErrors, failed, submit } = useMutationForm(['citySlug', 'status', 'adoptedOn', 'notes']);
  const [record, { loading }] = useMutation(RecordAdoptionDocument);
  const city = cities.find((c) => c.slug === citySlug) ?? cities[0];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setRecorded(null);
    const input = { practiceId, citySlug, status, adoptedOn: adoptedOn || null, notes: notes.trim() || null };
    void submit({
      send: async () => (await record({ variables: { input } })).data?.recordAdoption,
      done: async ({ adoption }) => {
        if (!adoption) return;
        // Both cities' profiles list adoptions: drop what the cache holds so they load afresh;
        // the practice's count and list change too: ask again rather than patch the cache.
        client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'cityAdoptions' });
        client.cache.gc();
        await client.refetchQueries({ include: [PracticeAdoptionsDocument] });
        setRecorded(adoption.city.name);
      },
    });
  };

  if (recorded) {
    return (
      <Alert color="teal" variant="light" role="status">
        {t('practices.adoption.recorded', { city: recorded })}
      </Alert>
    );
  }
  if (!city) return null;

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="adoption-form-heading">
      <FormFieldset disabled={loading}>
        <Stack gap="sm" maw={480}>
          <Title order={3} id="adoption-form-heading" size="h4">
            {t('practices.adoption.formHeading')}
          </Title>
          <Text size="sm">{t('practices.adoption.formIntro', { city: city.name })}</Text>
          <FormErrors errors={generalErrors} failed={failed} />
          {cities.length > 1 && (
            <NativeSelect
              label={t('practices.adoption.cityLabel')}
              data={cities.map((c) => ({ value: c.slug, label: c.name }))}
              value={citySlug}
              onChange={(event) => setCitySlug(event.currentTarget.value)}
              error={fieldErrors.citySlug}
            />
          )}
          <NativeSelect
            label={t('practices.adoption.statusLabel')}
            data={STATUSES.map((value) => ({ value, label: t(`practices.adoption.status.${value}`) }))}
            value={status}
            onChange={(event) => {
              const { value } = event.currentTarget;
              if (isStatus(value)) setStatus(value);
            }}
            error={fieldErrors.status}
          />
          <TextInput
            type="date"
            label={t('practices.adoption.dateLabel')}
            value={adoptedOn}
            onChange={(event) => setAdoptedOn(event.currentTarget.value)}
            error={fieldErrors.adoptedOn}
          />
          <Textarea
            label={t('practices.adoption.notesLabel')}
            value={notes}
            onChange={(event) => setNotes(event.currentTarget.value)}
            error={fieldErrors.notes}
            autosize
            minRows={2}
          />
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('practices.adoption.submit')}
          </Button>
        </Stack>
      </FormFieldset>
    </form>
  );
}
