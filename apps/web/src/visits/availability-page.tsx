import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router';
import '../app/stacked-table.css';
import { AccessDenied, QueryErrorView, SignInRequired } from '../app/access-views';
import { ConfirmModal } from '../app/confirm-modal';
import { FormFieldset } from '../app/form-fieldset';
import { currentLanguage } from '../app/i18n';
import { PageTitle } from '../app/page-title';
import { ErrorState, LoadingState } from '../app/status-views';
import { useMutationForm } from '../app/use-mutation-form';
import { FormErrors } from '../app/user-errors';
import { cityActions, useViewer } from '../app/viewer';
import { HostAvailabilityPageDocument, type HostAvailabilityFieldsFragment, SetVisitAvailabilityDocument } from '../gql/features/graphql';
import { formatCalendarDate } from './visit-format';
import { useVisitPagesStrings } from './visit-pages-strings';

const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'];
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
/** How far ahead the page asks for (the API wants a range; the editor shows the rules, not the busy slots). */
const RANGE_DAYS = 28;

interface RuleRow {
  key: string;
  weekday: string;
  startTime: string;
  endTime: string;
}
interface ExceptionRow {
  key: string;
  date: string;
  available: boolean;
  startTime: string;
  endTime: string;
  note: string;
}

let keys = 0;
const key = () => `row-${++keys}`;
/** "08:00:00" or "08:00" → "08:00" (what a time input holds). */
const hhmm = (time: string | null | undefined) => (time ?? '').slice(0, 5);

function Cell({ label, children, empty }: { label: string; children: ReactNode; empty?: boolean }) {
  return (
    <Table.Td data-label={label} data-empty={empty ? '' : undefined}>
      {children}
    </Table.Td>
  );
}

/** One editable list of the form (weekly rules, exceptions): heading, hint, its error, the rows as a table that stacks on a phone, and an add button. */
function RowsSection<Row extends { key: string }>(props: {
  id: string;
  heading: string;
  hint: string;
  error?: string;
  empty: string;
  tableLabel: string;
  minWidth: number;
  columns: string[];
  rows: Row[];
  cells: (row: Row, i: number) => ReactNode;
  addLabel: string;
  onAdd: () => void;
}) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={props.id}>
      <Title order={2} size="h4" id={props.id}>
        {props.heading}
      </Title>
      <Text size="sm" c="dimmed">
        {props.hint}
      </Text>
      {props.error && (
        <Text c="red.9" size="sm" role="alert">
          {props.error}
        </Text>
      )}
      {props.rows.length === 0 ? (
        <Text c="dimmed">{props.empty}</Text>
      ) : (
        <Table.ScrollContainer minWidth={props.minWidth} type="native" className="stacked-table-scroll">
          <Table className="stacked-table" aria-label={props.tableLabel} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                {props.columns.map((column) => (
                  <Table.Th key={column} scope="col">
                    {column}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.rows.map((row, i) => (
                <Table.Tr key={row.key}>{props.cells(row, i)}</Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Button variant="default" style={{ alignSelf: 'flex-start' }} onClick={props.onAdd}>
        {props.addLabel}
      </Button>
    </Stack>
  );
}

type Removal = { kind: 'rule'; index: number } | { kind: 'exception'; index: number };

function AvailabilityForm({ slug, availability }: { slug: string; availability: HostAvailabilityFieldsFragment }) {
  const { t, i18n } = useVisitPagesStrings();
  const language = currentLanguage(i18n);
  const [capacity, setCapacity] = useState(String(availability.capacity));
  const [timeZone, setTimeZone] = useState(availability.timeZone);
  const [rules, setRules] = useState<RuleRow[]>(availability.rules.map((r) => ({ key: key(), weekday: String(r.weekday), startTime: hhmm(r.startTime), endTime: hhmm(r.endTime) })));
  const [exceptions, setExceptions] = useState<ExceptionRow[]>(
    availability.exceptions.map((e) => ({ key: key(), date: e.date, available: e.available, startTime: hhmm(e.startTime), endTime: hhmm(e.endTime), note: e.note ?? '' })),
  );
  const [removing, setRemoving] = useState<Removal | null>(null);
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(SetVisitAvailabilityDocument);
  const formFields = [
    'capacity',
    'timeZone',
    'rules',
    'exceptions',
    ...rules.flatMap((_, i) => ['weekday', 'startTime', 'endTime'].map((f) => `rules.${i}.${f}`)),
    ...exceptions.flatMap((_, i) => ['date', 'available', 'startTime', 'endTime', 'note'].map((f) => `exceptions.${i}.${f}`)),
  ];
  const { fieldErrors, generalErrors, failed, submit } = useMutationForm(formFields);
  const zones = ZONES.includes(timeZone) ? ZONES : [timeZone, ...ZONES];
  const columns = t('visitPages.availability.columns', { returnObjects: true }) as Record<string, string>;
  const weekdayName = (weekday: string) => t(`visitPages.availability.weekdays.${weekday}`);

  const setRule = (index: number, patch: Partial<RuleRow>) => setRules((rows) => rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const setException = (index: number, patch: Partial<ExceptionRow>) => setExceptions((rows) => rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const required = t('visitPages.availability.required');
    const invalid: Record<string, string> = {};
    if (!capacity.trim()) invalid.capacity = required;
    rules.forEach((row, i) => {
      if (!row.startTime) invalid[`rules.${i}.startTime`] = required;
      if (!row.endTime) invalid[`rules.${i}.endTime`] = required;
    });
    exceptions.forEach((row, i) => {
      if (!row.date) invalid[`exceptions.${i}.date`] = required;
      if (row.available && !row.startTime) invalid[`exceptions.${i}.startTime`] = required;
      if (row.available && !row.endTime) invalid[`exceptions.${i}.endTime`] = required;
    });
    const input = {
      citySlug: slug,
      capacity: Number(capacity),
      timeZone,
      rules: rules.map((row) => ({ weekday: Number(row.weekday), startTime: row.startTime, endTime: row.endTime })),
      exceptions: exceptions.map((row) => ({
        date: row.date,
        available: row.available,
        startTime: row.available ? row.startTime : null,
        endTime: row.available ? row.endTime : null,
        note: row.note.trim() || null,
      })),
    };
    void submit({
      invalid,
      send: async () => (await save({ variables: { input } })).data?.setVisitAvailability,
      done: () => setSaved(true),
    });
  };

  const removal = removing && (removing.kind === 'rule' ? rules[removing.index] : exceptions[removing.index]);

  return (
    <form noValidate onSubmit={onSubmit} aria-label={t('visitPages.availability.title')}>
      <FormFieldset disabled={loading}>
        <Stack gap="lg">
          {saved && (
            <Alert color="teal" variant="light" role="status">
              {t('visitPages.availability.saved')}
            </Alert>
          )}
          <FormErrors errors={generalErrors} failed={failed} />
          {availability.isDefault && <Text size="sm">{t('visitPages.availability.defaultNote')}</Text>}
          <Group align="flex-start" gap="md" wrap="wrap">
            <TextInput
              type="number"
              min={1}
              max={20}
              w={200}
              label={t('visitPages.availability.capacityLabel')}
              description={t('visitPages.availability.capacityHint')}
              required
              value={capacity}
              onChange={(e) => setCapacity(e.currentTarget.value)}
              error={fieldErrors.capacity}
            />
            <NativeSelect
              w={260}
              label={t('visitPages.availability.timeZoneLabel')}
              description={t('visitPages.availability.timeZoneHint')}
              data={zones.map((zone) => ({ value: zone, label: t(`visitPages.availability.zones.${zone}`, { defaultValue: zone }) }))}
              value={timeZone}
              onChange={(e) => setTimeZone(e.currentTarget.value)}
              error={fieldErrors.timeZone}
            />
          </Group>

          <RowsSection
            id="availability-rules-heading"
            heading={t('visitPages.availability.rulesHeading')}
            hint={t('visitPages.availability.rulesHint')}
            error={fieldErrors.rules}
            empty={t('visitPages.availability.rulesEmpty')}
            tableLabel={t('visitPages.availability.rulesTable')}
            minWidth={560}
            columns={[columns.weekday, columns.start, columns.end, columns.remove]}
            rows={rules}
            addLabel={t('visitPages.availability.addRule')}
            onAdd={() => setRules((rows) => [...rows, { key: key(), weekday: '1', startTime: '08:00', endTime: '16:00' }])}
            cells={(row, i) => {
              const n = i + 1;
              return (
                <>
                          <Cell label={columns.weekday}>
                            <NativeSelect
                              aria-label={t('visitPages.availability.weekdayLabel', { n })}
                              data={WEEKDAYS.map((d) => ({ value: String(d), label: weekdayName(String(d)) }))}
                              value={row.weekday}
                              onChange={(e) => setRule(i, { weekday: e.currentTarget.value })}
                              error={fieldErrors[`rules.${i}.weekday`]}
                            />
                          </Cell>
                          <Cell label={columns.start}>
                            <TextInput type="time" aria-label={t('visitPages.availability.ruleStartLabel', { n })} value={row.startTime} onChange={(e) => setRule(i, { startTime: e.currentTarget.value })} error={fieldErrors[`rules.${i}.startTime`]} />
                          </Cell>
                          <Cell label={columns.end}>
                            <TextInput type="time" aria-label={t('visitPages.availability.ruleEndLabel', { n })} value={row.endTime} onChange={(e) => setRule(i, { endTime: e.currentTarget.value })} error={fieldErrors[`rules.${i}.endTime`]} />
                          </Cell>
                          <Cell label={columns.remove}>
                            <Button size="compact-sm" variant="outline" color="red.8" aria-label={t('visitPages.availability.removeRuleLabel', { n })} onClick={() => setRemoving({ kind: 'rule', index: i })}>
                              {t('visitPages.availability.remove')}
                            </Button>
                          </Cell>
                </>
              );
            }}
          />

          <RowsSection
            id="availability-exceptions-heading"
            heading={t('visitPages.availability.exceptionsHeading')}
            hint={t('visitPages.availability.exceptionsHint')}
            error={fieldErrors.exceptions}
            empty={t('visitPages.availability.exceptionsEmpty')}
            tableLabel={t('visitPages.availability.exceptionsTable')}
            minWidth={820}
            columns={[columns.date, columns.kind, columns.start, columns.end, columns.note, columns.remove]}
            rows={exceptions}
            addLabel={t('visitPages.availability.addException')}
            onAdd={() => setExceptions((rows) => [...rows, { key: key(), date: '', available: false, startTime: '', endTime: '', note: '' }])}
            cells={(row, i) => {
              const n = i + 1;
              return (
                <>
                          <Cell label={columns.date}>
                            <TextInput type="date" aria-label={t('visitPages.availability.dateLabel', { n })} value={row.date} onChange={(e) => setException(i, { date: e.currentTarget.value })} error={fieldErrors[`exceptions.${i}.date`]} />
                          </Cell>
                          <Cell label={columns.kind}>
                            <NativeSelect
                              aria-label={t('visitPages.availability.kindLabel', { n })}
                              data={[
                                { value: 'closed', label: t('visitPages.availability.closed') },
                                { value: 'open', label: t('visitPages.availability.open') },
                              ]}
                              value={row.available ? 'open' : 'closed'}
                              onChange={(e) => setException(i, { available: e.currentTarget.value === 'open' })}
                              error={fieldErrors[`exceptions.${i}.available`]}
                            />
                          </Cell>
                          <Cell label={columns.start} empty={!row.available}>
                            {row.available && (
                              <TextInput type="time" aria-label={t('visitPages.availability.exceptionStartLabel', { n })} value={row.startTime} onChange={(e) => setException(i, { startTime: e.currentTarget.value })} error={fieldErrors[`exceptions.${i}.startTime`]} />
                            )}
                          </Cell>
                          <Cell label={columns.end} empty={!row.available}>
                            {row.available && (
                              <TextInput type="time" aria-label={t('visitPages.availability.exceptionEndLabel', { n })} value={row.endTime} onChange={(e) => setException(i, { endTime: e.currentTarget.value })} error={fieldErrors[`exceptions.${i}.endTime`]} />
                            )}
                          </Cell>
                          <Cell label={columns.note}>
                            <TextInput aria-label={t('visitPages.availability.noteLabel', { n })} value={row.note} maxLength={200} onChange={(e) => setException(i, { note: e.currentTarget.value })} error={fieldErrors[`exceptions.${i}.note`]} />
                          </Cell>
                          <Cell label={columns.remove}>
                            <Button size="compact-sm" variant="outline" color="red.8" aria-label={t('visitPages.availability.removeExceptionLabel', { n })} onClick={() => setRemoving({ kind: 'exception', index: i })}>
                              {t('visitPages.availability.remove')}
                            </Button>
                          </Cell>
                </>
              );
            }}
          />

          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('visitPages.availability.submit')}
          </Button>
        </Stack>
      </FormFieldset>
      <ConfirmModal
        opened={removal != null}
        onClose={() => setRemoving(null)}
        title={removing?.kind === 'exception' ? t('visitPages.availability.removeExceptionTitle') : t('visitPages.availability.removeRuleTitle')}
        confirmLabel={t('visitPages.availability.removeConfirm')}
        onConfirm={() => {
          if (removing?.kind === 'rule') setRules((rows) => rows.filter((_, i) => i !== removing.index));
          if (removing?.kind === 'exception') setExceptions((rows) => rows.filter((_, i) => i !== removing.index));
          setRemoving(null);
        }}
      >
        {removing?.kind === 'rule' && removal && 'weekday' in removal && (
          <Text>{t('visitPages.availability.removeRuleBody', { weekday: weekdayName(removal.weekday), start: removal.startTime, end: removal.endTime })}</Text>
        )}
        {removing?.kind === 'exception' && removal && 'date' in removal && (
          <Text>{t('visitPages.availability.removeExceptionBody', { date: removal.date ? formatCalendarDate(removal.date, language) : '—' })}</Text>
        )}
      </ConfirmModal>
    </form>
  );
}

function AvailabilityEditor({ slug }: { slug: string }) {
  const { t } = useVisitPagesStrings();
  const [range] = useState(() => {
    const from = new Date();
    return { from: from.toISOString(), to: new Date(from.getTime() + RANGE_DAYS * 86_400_000).toISOString() };
  });
  const { data, error, refetch, networkStatus } = useQuery(HostAvailabilityPageDocument, { variables: { slug, ...range }, notifyOnNetworkStatusChange: true });
  if (error && !data) {
    return <QueryErrorView error={error} message={t('visitPages.availability.error')} onRetry={() => void refetch().catch(() => {})} retrying={networkStatus === NetworkStatus.refetch} />;
  }
  if (!data) return <LoadingState label={t('visitPages.availability.loading')} />;
  // visitAvailability is null for an unknown city, like city.
  if (!data.city || !data.visitAvailability) return <ErrorState message={t('visitPages.availability.notFound', { slug })} />;
  const title = t('visitPages.availability.titleCity', { city: data.city.name });
  return (
    <Stack gap="lg">
      <PageTitle title={title} />
      <Stack gap="xs">
        <Anchor component={Link} to={`/kunjungan/kalender?kota=${encodeURIComponent(slug)}&tampilan=bulan`} size="sm">
          {t('visitPages.availability.backToCalendar', { city: data.city.name })}
        </Anchor>
        <Title order={1}>{title}</Title>
        <Text c="dimmed">{t('visitPages.availability.intro')}</Text>
      </Stack>
      <AvailabilityForm key={data.visitAvailability.citySlug} slug={slug} availability={data.visitAvailability} />
    </Stack>
  );
}

/** `/kunjungan/ketersediaan/:slug`: the host city's admins set when it can receive visits. */
export function AvailabilityPage() {
  const { slug = '' } = useParams();
  const { t } = useVisitPagesStrings();
  const { viewer, loading } = useViewer();
  if (loading) return <LoadingState label={t('visitPages.availability.loading')} />;
  if (!viewer) return <SignInRequired />;
  if (!(cityActions(viewer, slug) as readonly string[]).includes('VISIT_AVAILABILITY_EDIT')) return <AccessDenied />;
  return <AvailabilityEditor slug={slug} />;
}
