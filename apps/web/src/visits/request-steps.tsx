import { Anchor, Button, Checkbox, Group, List, NativeSelect, Paper, Radio, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { currentLanguage } from '../app/i18n';
import { CityPicker } from '../memberships/public';
import { AvailabilityPanel } from './availability-panel';
import { practiceTitle } from './practice-title';
import { type DelegateValue, MAX_DELEGATES, newDelegate, PURPOSE_MAX, type RequestValues, splitTopics } from './request-values';
import { useVisitStrings } from './visit-strings';
import { formatRange, localToUtc, zoneLabel } from './visit-time';
import { WindowsFields } from './windows-fields';

export interface CityInfo {
  id: string;
  slug: string;
  name: string;
  timeZone: { iana: string; label: string };
}

export interface StepProps {
  values: RequestValues;
  change: (patch: Partial<RequestValues>) => void;
  errors: Record<string, string | undefined>;
}

/** Step 1: who visits whom, why, and which of the host's practices to study. */
export function HostStep({
  values,
  change,
  errors,
  visitingCities,
  hostPractices,
  hostName,
}: StepProps & {
  visitingCities: { slug: string; name: string }[];
  hostPractices: { id: string; texts: { language: string; title: string }[] }[] | null;
  hostName: string;
}) {
  const { t, i18n } = useVisitStrings();
  const language = currentLanguage(i18n);
  return (
    <Stack gap="md">
      {visitingCities.length > 1 ? (
        <NativeSelect
          label={t('visits.request.visitingCity')}
          value={values.visitingSlug}
          onChange={(event) => change({ visitingSlug: event.currentTarget.value })}
          data={visitingCities.map((city) => ({ value: city.slug, label: city.name }))}
          error={errors.visitingCityId}
        />
      ) : (
        <Text>
          {t('visits.request.visitingAs', { city: visitingCities[0]?.name ?? '' })}
        </Text>
      )}
      <CityPicker
        label={t('visits.request.hostCity')}
        description={t('visits.request.hostCityHint')}
        required
        value={values.host ? { slug: values.host.slug, name: values.host.name || hostName || values.host.slug } : null}
        onChange={(city) => change({ host: city, practiceIds: [] })}
        error={errors.hostCityId}
      />
      {values.host && hostPractices && (
        <Checkbox.Group
          label={t('visits.request.practices', { city: values.host.name || hostName })}
          description={hostPractices.length === 0 ? t('visits.request.noPractices') : t('visits.request.practicesHint')}
          value={values.practiceIds}
          onChange={(practiceIds) => change({ practiceIds })}
          error={errors.practiceIds}
        >
          <Stack gap={6} mt="xs">
            {hostPractices.map((practice) => (
              <Checkbox key={practice.id} value={practice.id} label={practiceTitle(practice.texts, language)} />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      <Textarea
        label={t('visits.request.purpose')}
        description={t('visits.request.purposeHint')}
        withAsterisk
        autosize
        minRows={3}
        maxLength={PURPOSE_MAX}
        value={values.purpose}
        onChange={(event) => change({ purpose: event.currentTarget.value })}
        error={errors.purpose}
      />
      <TextInput
        label={t('visits.request.topics')}
        description={t('visits.request.topicsHint')}
        value={values.topics}
        onChange={(event) => change({ topics: event.currentTarget.value })}
        error={errors.topics}
      />
      <Checkbox
        label={t('visits.request.private')}
        description={t('visits.request.privateHint')}
        checked={values.isPrivate}
        onChange={(event) => change({ isPrivate: event.currentTarget.checked })}
      />
    </Stack>
  );
}

/** Step 2: 1–3 windows in the host's zone, the host's availability beside them. */
export function DatesStep({ values, change, errors, host, visiting }: StepProps & { host: CityInfo; visiting: CityInfo }) {
  const { t } = useVisitStrings();
  return (
    <Stack gap="md">
      <Text>{t('visits.request.datesIntro', { city: host.name, zone: zoneLabel(host.timeZone.iana) })}</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <WindowsFields
          windows={values.windows}
          onChange={(windows) => change({ windows })}
          hostZone={host.timeZone.iana}
          otherZone={visiting.timeZone.iana}
          otherName={visiting.name}
          errors={errors}
        />
        <AvailabilityPanel citySlug={host.slug} cityName={host.name} />
      </SimpleGrid>
    </Stack>
  );
}

/** Step 3: the delegation, one leader, at most 100 rows; and the travel budget. */
export function RosterStep({ values, change, errors }: StepProps) {
  const { t } = useVisitStrings();
  const rows = values.delegation;
  const setRow = (key: string, patch: Partial<DelegateValue>) => change({ delegation: rows.map((row) => (row.key === key ? { ...row, ...patch } : row)) });
  const remove = (key: string) => {
    const left = rows.filter((row) => row.key !== key);
    // The leader left: the first row leads until another is chosen.
    if (!left.some((row) => row.isLeader) && left[0]) left[0] = { ...left[0], isLeader: true };
    change({ delegation: left });
  };
  const leader = rows.find((row) => row.isLeader)?.key ?? '';
  return (
    <Stack gap="md">
      <Text>{t('visits.request.rosterIntro', { max: MAX_DELEGATES })}</Text>
      <Radio.Group
        name="delegation-leader"
        label={t('visits.request.leader')}
        value={leader}
        onChange={(key) => change({ delegation: rows.map((row) => ({ ...row, isLeader: row.key === key })) })}
        error={errors.delegation}
      >
        <Stack gap="sm" mt="xs">
          {rows.map((row, i) => (
            <Paper withBorder p="sm" key={row.key} component="fieldset" style={{ margin: 0 }}>
              <Text component="legend" fw={600} px={4}>
                {t('visits.request.member', { number: i + 1 })}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput label={t('visits.request.name')} withAsterisk value={row.name} onChange={(e) => setRow(row.key, { name: e.currentTarget.value })} error={errors[`delegation.${i}.name`]} />
                <TextInput label={t('visits.request.position')} withAsterisk value={row.title} onChange={(e) => setRow(row.key, { title: e.currentTarget.value })} error={errors[`delegation.${i}.title`]} />
                <TextInput label={t('visits.request.agency')} withAsterisk value={row.agency} onChange={(e) => setRow(row.key, { agency: e.currentTarget.value })} error={errors[`delegation.${i}.agency`]} />
                <TextInput label={t('visits.request.email')} type="email" value={row.email} onChange={(e) => setRow(row.key, { email: e.currentTarget.value })} error={errors[`delegation.${i}.email`]} />
              </SimpleGrid>
              <Group justify="space-between" mt="xs">
                <Radio value={row.key} label={t('visits.request.isLeader', { number: i + 1 })} />
                {rows.length > 1 && (
                  <Button variant="subtle" color="red.9" size="xs" onClick={() => remove(row.key)}>
                    {t('visits.request.removeMember', { number: i + 1 })}
                  </Button>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      </Radio.Group>
      <Group>
        <Button variant="default" disabled={rows.length >= MAX_DELEGATES} onClick={() => change({ delegation: [...rows, newDelegate()] })}>
          {t('visits.request.addMember')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('visits.request.memberCount', { count: rows.length, max: MAX_DELEGATES })}
        </Text>
      </Group>
      <TextInput
        label={t('visits.request.travelBudget')}
        description={t('visits.request.travelBudgetHint')}
        inputMode="decimal"
        value={values.travelBudget}
        onChange={(event) => change({ travelBudget: event.currentTarget.value })}
        error={errors.travelBudget}
      />
    </Stack>
  );
}

/** Step 4: everything once more, each part with a way back to change it. */
export function ReviewStep({
  values,
  host,
  visiting,
  hostPractices,
  goTo,
}: {
  values: RequestValues;
  host: CityInfo;
  visiting: CityInfo;
  hostPractices: { id: string; texts: { language: string; title: string }[] }[];
  goTo: (step: number) => void;
}) {
  const { t, i18n } = useVisitStrings();
  const language = currentLanguage(i18n);
  const topics = splitTopics(values.topics);
  const practices = hostPractices.filter((p) => values.practiceIds.includes(p.id));
  const part = (title: string, step: number, body: React.ReactNode) => (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Group justify="space-between" align="flex-start">
        <Title order={3} size="h4">
          {title}
        </Title>
        <Anchor component="button" type="button" onClick={() => goTo(step)}>
          {t('visits.request.change', { part: title })}
        </Anchor>
      </Group>
      <Stack gap={4} mt="xs">
        {body}
      </Stack>
    </Paper>
  );
  return (
    <Stack gap="md">
      {part(
        t('visits.request.steps.host'),
        0,
        <>
          <Text>{t('visits.card.route', { visiting: visiting.name, host: host.name })}</Text>
          <Text style={{ whiteSpace: 'pre-line' }}>{values.purpose}</Text>
          {topics.length > 0 && <Text size="sm">{t('visits.request.topicsList', { topics: topics.join(', ') })}</Text>}
          {practices.length > 0 && (
            <List size="sm">
              {practices.map((p) => (
                <List.Item key={p.id}>{practiceTitle(p.texts, language)}</List.Item>
              ))}
            </List>
          )}
          {values.isPrivate && <Text size="sm">{t('visits.request.privateYes')}</Text>}
        </>,
      )}
      {part(
        t('visits.request.steps.dates'),
        1,
        <List size="sm">
          {values.windows.map((window, i) => {
            const start = localToUtc(window.start, host.timeZone.iana);
            const end = localToUtc(window.end, host.timeZone.iana);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: a window has no identity but its place.
              <List.Item key={i}>{start && end ? formatRange(start.toISOString(), end.toISOString(), host.timeZone.iana, language) : `${window.start} – ${window.end}`}</List.Item>
            );
          })}
        </List>,
      )}
      {part(
        t('visits.request.steps.roster'),
        2,
        <>
          <List size="sm">
            {values.delegation.map((row) => (
              <List.Item key={row.key}>
                {t('visits.delegate', { name: row.name, title: row.title, agency: row.agency })}
                {row.isLeader ? ` — ${t('visits.leader')}` : ''}
              </List.Item>
            ))}
          </List>
          {values.travelBudget.trim() && <Text size="sm">{t('visits.request.budgetLine', { amount: values.travelBudget.trim() })}</Text>}
        </>,
      )}
    </Stack>
  );
}
