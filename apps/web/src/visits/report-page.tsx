import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import '../app/stacked-table.css';
import { QueryErrorView } from '../app/access-views';
import { DemoBadge } from '../app/badges';
import { ConfirmModal } from '../app/confirm-modal';
import { formatDate } from '../app/format-time';
import { FormFieldset } from '../app/form-fieldset';
import { currentLanguage, type Language } from '../app/i18n';
import { PageTitle } from '../app/page-title';
import { LoadingState } from '../app/status-views';
import { useMutationForm } from '../app/use-mutation-form';
import { FormErrors } from '../app/user-errors';
import { useViewer, type Viewer } from '../app/viewer';
import {
  type AdoptionStatus,
  FileVisitReportDocument,
  type FollowUpStatus,
  type VisitReportPageFieldsFragment,
  VisitReportPageDocument,
} from '../gql/features/graphql';
import { VisitStateBadge } from './visit-badges';
import { formatCalendarDate, formatMoney, formatSlot, practiceTitle } from './visit-format';
import { useVisitPagesStrings } from './visit-pages-strings';

type Visit = VisitReportPageFieldsFragment;
const FOLLOW_UP_STATUSES: FollowUpStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'];
const ADOPTION_STATUSES: AdoptionStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'];

/** Editors and admins of the visiting city file the report (policy VISIT_REPORT). */
function mayReport(viewer: Viewer | null, visit: Visit): boolean {
  const membership = viewer?.memberships.find((m) => m.city.slug === visit.visitingCity.slug);
  return membership?.role === 'EDITOR' || membership?.role === 'ADMIN';
}

function CostPanel({ visit }: { visit: Visit }) {
  const { t, i18n } = useVisitPagesStrings();
  const language = currentLanguage(i18n);
  const { cost } = visit;
  if (!cost) return null;
  const rows: [string, string][] = [
    [t('visitPages.report.delegationSize'), t('visitPages.report.delegationSizeValue', { count: cost.delegationSize })],
    [t('visitPages.report.days'), t('visitPages.report.daysValue', { count: cost.days })],
    [t('visitPages.report.travelBudget'), cost.travelBudget == null ? t('visitPages.report.noBudget') : formatMoney(cost.travelBudget, cost.currency, language)],
    [t('visitPages.report.adoptionCount'), String(cost.adoptionCount)],
    [t('visitPages.report.costPerAdoption'), cost.costPerAdoption == null ? '—' : formatMoney(cost.costPerAdoption, cost.currency, language)],
  ];
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="visit-cost-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="visit-cost-heading">
          {t('visitPages.report.costHeading')}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 5 }} spacing="sm" m={0}>
          {rows.map(([label, value]) => (
            <div key={label}>
              <Text component="dt" size="sm" c="dimmed">
                {label}
              </Text>
              <Text component="dd" fw={600} m={0}>
                {value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
        {cost.adoptionCount === 0 && <Text size="sm">{t('visitPages.report.noAdoption')}</Text>}
      </Stack>
    </Paper>
  );
}

function ReportView({ visit }: { visit: Visit }) {
  const { t, i18n } = useVisitPagesStrings();
  const language = currentLanguage(i18n);
  const { report } = visit;
  if (!report) return <Text c="dimmed">{t('visitPages.report.noReport')}</Text>;
  const filedDate = formatDate(report.filedAt, language, visit.hostTimeZone);
  const titles = new Map(visit.practices.map((p) => [p.id, practiceTitle(p.texts, language)]));
  const columns = t('visitPages.report.columns', { returnObjects: true }) as Record<string, string>;
  return (
    <Stack gap="lg">
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          {report.filedByName ? t('visitPages.report.filedBy', { date: filedDate, name: report.filedByName }) : t('visitPages.report.filed', { date: filedDate })}
        </Text>
        {report.isDemo && <DemoBadge />}
      </Group>
      {report.isDemo && <Text size="sm">{t('visitPages.report.demoNote')}</Text>}
      {report.source && <Text size="sm">{t('visitPages.report.source', { source: report.source })}</Text>}
      <Stack gap="xs" component="section" aria-labelledby="report-summary-heading">
        <Title order={2} size="h4" id="report-summary-heading">
          {t('visitPages.report.summaryHeading')}
        </Title>
        <Text style={{ whiteSpace: 'pre-line' }}>{report.summary}</Text>
      </Stack>
      {report.learnings != null && (
        <Stack gap="xs" component="section" aria-labelledby="report-learnings-heading">
          <Title order={2} size="h4" id="report-learnings-heading">
            {t('visitPages.report.learningsHeading')}
          </Title>
          <Text style={{ whiteSpace: 'pre-line' }}>{report.learnings}</Text>
        </Stack>
      )}
      {report.followUps && (
        <Stack gap="xs" component="section" aria-labelledby="report-follow-ups-heading">
          <Title order={2} size="h4" id="report-follow-ups-heading">
            {t('visitPages.report.followUpsHeading')}
          </Title>
          {report.followUps.length === 0 ? (
            <Text c="dimmed">{t('visitPages.report.followUpsEmpty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={560} type="native" className="stacked-table-scroll">
              <Table className="stacked-table" aria-label={t('visitPages.report.followUpsTable')} verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{columns.action}</Table.Th>
                    <Table.Th scope="col">{columns.owner}</Table.Th>
                    <Table.Th scope="col">{columns.due}</Table.Th>
                    <Table.Th scope="col">{columns.status}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.followUps.map((followUp) => (
                    <Table.Tr key={followUp.id}>
                      <Table.Th scope="row" fw={500}>
                        {followUp.action}
                      </Table.Th>
                      <Table.Td data-label={columns.owner}>{followUp.ownerAgency}</Table.Td>
                      <Table.Td data-label={columns.due} data-empty={followUp.dueOn ? undefined : ''}>
                        {followUp.dueOn ? formatCalendarDate(followUp.dueOn, language) : '—'}
                      </Table.Td>
                      <Table.Td data-label={columns.status}>{t(`visitPages.report.followUpStatus.${followUp.status}`)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      )}
      <Stack gap="xs" component="section" aria-labelledby="report-adoptions-heading">
        <Title order={2} size="h4" id="report-adoptions-heading">
          {t('visitPages.report.adoptionsHeading')}
        </Title>
        {visit.adoptions.length === 0 ? (
          <Text c="dimmed">{t('visitPages.report.adoptionsEmpty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={480} type="native" className="stacked-table-scroll">
            <Table className="stacked-table" aria-label={t('visitPages.report.adoptionsTable')} verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{columns.practice}</Table.Th>
                  <Table.Th scope="col">{columns.status}</Table.Th>
                  <Table.Th scope="col">{columns.since}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {visit.adoptions.map((adoption) => (
                  <Table.Tr key={adoption.id}>
                    <Table.Th scope="row" fw={500}>
                      <Anchor component={Link} to={`/praktik/${adoption.practice.id}`}>
                        {titles.get(adoption.practice.id) ?? adoption.practice.id}
                      </Anchor>
                    </Table.Th>
                    <Table.Td data-label={columns.status}>{t(`visitPages.report.adoptionStatus.${adoption.status}`)}</Table.Td>
                    <Table.Td data-label={columns.since} data-empty={adoption.adoptedOn ? undefined : ''}>
                      {adoption.adoptedOn ? formatCalendarDate(adoption.adoptedOn, language) : '—'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Stack>
  );
}

interface FollowUpRow {
  key: string;
  id?: string;
  action: string;
  ownerAgency: string;
  dueOn: string;
  status: FollowUpStatus;
}
interface AdoptionRow {
  status: AdoptionStatus | '';
  adoptedOn: string;
}

let rowKeys = 0;
const newRow = (): FollowUpRow => ({ key: `new-${++rowKeys}`, action: '', ownerAgency: '', dueOn: '', status: 'PLANNED' });

function ReportForm({ visit, onDone, onCancel }: { visit: Visit; onDone: () => void; onCancel?: () => void }) {
  const { t, i18n } = useVisitPagesStrings();
  const language: Language = currentLanguage(i18n);
  const report = visit.report;
  const [summary, setSummary] = useState(report?.summary ?? '');
  const [learnings, setLearnings] = useState(report?.learnings ?? '');
  const [rows, setRows] = useState<FollowUpRow[]>(
    (report?.followUps ?? []).map((f) => ({ key: f.id, id: f.id, action: f.action, ownerAgency: f.ownerAgency, dueOn: f.dueOn ?? '', status: f.status })),
  );
  const [adoptions, setAdoptions] = useState<Record<string, AdoptionRow>>(() =>
    Object.fromEntries(
      visit.practices.map((p) => {
        const existing = visit.adoptions.find((a) => a.practice.id === p.id);
        return [p.id, { status: existing?.status ?? '', adoptedOn: existing?.adoptedOn ?? '' }];
      }),
    ),
  );
  const [removing, setRemoving] = useState<number | null>(null);
  const [file, { loading }] = useMutation(FileVisitReportDocument);
  // The adoptions sent are the practices with a status, in the visit's order: `adoptions.N` in an error is the Nth of those.
  const sentPractices = visit.practices.filter((p) => adoptions[p.id]?.status);
  const formFields = [
    'summary',
    'learnings',
    ...rows.flatMap((_, i) => ['action', 'ownerAgency', 'dueOn', 'status'].map((f) => `followUps.${i}.${f}`)),
    ...sentPractices.flatMap((_, i) => ['practiceId', 'status', 'adoptedOn'].map((f) => `adoptions.${i}.${f}`)),
  ];
  const { fieldErrors, generalErrors, failed, submit } = useMutationForm(formFields);

  const update = (index: number, patch: Partial<FollowUpRow>) => setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const remove = (index: number) => setRows((current) => current.filter((_, i) => i !== index));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const required = t('visitPages.report.required');
    const invalid: Record<string, string> = {};
    if (!summary.trim()) invalid.summary = required;
    if (!learnings.trim()) invalid.learnings = required;
    rows.forEach((row, i) => {
      if (!row.action.trim()) invalid[`followUps.${i}.action`] = required;
      if (!row.ownerAgency.trim()) invalid[`followUps.${i}.ownerAgency`] = required;
    });
    const input = {
      visitId: visit.id,
      summary: summary.trim(),
      learnings: learnings.trim(),
      followUps: rows.map((row) => ({ ...(row.id ? { id: row.id } : {}), action: row.action.trim(), ownerAgency: row.ownerAgency.trim(), dueOn: row.dueOn || null, status: row.status })),
      adoptions: sentPractices.map((p) => {
        const row = adoptions[p.id] as AdoptionRow;
        return { practiceId: p.id, status: row.status as AdoptionStatus, adoptedOn: row.adoptedOn || null };
      }),
    };
    void submit({
      invalid,
      send: async () => (await file({ variables: { input } })).data?.fileVisitReport,
      done: () => onDone(),
    });
  };

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="report-form-heading">
      <FormFieldset disabled={loading}>
        <Stack gap="md">
          <Title order={2} size="h3" id="report-form-heading">
            {t('visitPages.report.formHeading')}
          </Title>
          <Text size="sm">{t('visitPages.report.formIntro')}</Text>
          <FormErrors errors={generalErrors} failed={failed} />
          <Textarea label={t('visitPages.report.summaryLabel')} required value={summary} onChange={(e) => setSummary(e.currentTarget.value)} error={fieldErrors.summary} autosize minRows={3} maxLength={2000} />
          <Textarea label={t('visitPages.report.learningsLabel')} required value={learnings} onChange={(e) => setLearnings(e.currentTarget.value)} error={fieldErrors.learnings} autosize minRows={4} maxLength={10000} />

          <fieldset className="plain-fieldset">
            <Stack gap="sm">
              <Title order={3} size="h4" component="legend">
                {t('visitPages.report.followUpsLegend')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('visitPages.report.followUpsHint')}
              </Text>
              {rows.map((row, i) => {
                const n = i + 1;
                return (
                  <Paper key={row.key} withBorder p="sm" radius="md" role="group" aria-label={t('visitPages.report.rowLabel', { n })}>
                    <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
                      <TextInput label={t('visitPages.report.actionLabel')} required value={row.action} onChange={(e) => update(i, { action: e.currentTarget.value })} error={fieldErrors[`followUps.${i}.action`]} maxLength={500} />
                      <TextInput label={t('visitPages.report.ownerLabel')} required value={row.ownerAgency} onChange={(e) => update(i, { ownerAgency: e.currentTarget.value })} error={fieldErrors[`followUps.${i}.ownerAgency`]} maxLength={200} />
                      <TextInput type="date" label={t('visitPages.report.dueLabel')} value={row.dueOn} onChange={(e) => update(i, { dueOn: e.currentTarget.value })} error={fieldErrors[`followUps.${i}.dueOn`]} />
                      <NativeSelect
                        label={t('visitPages.report.statusLabel')}
                        data={FOLLOW_UP_STATUSES.map((value) => ({ value, label: t(`visitPages.report.followUpStatus.${value}`) }))}
                        value={row.status}
                        onChange={(e) => update(i, { status: e.currentTarget.value as FollowUpStatus })}
                        error={fieldErrors[`followUps.${i}.status`]}
                      />
                    </SimpleGrid>
                    <Button
                      mt="xs"
                      size="compact-sm"
                      variant="subtle"
                      color="red.9"
                      c="red.9"
                      aria-label={t('visitPages.report.removeFollowUpLabel', { n })}
                      // An empty row goes at once; one with text asks first.
                      onClick={() => (row.action.trim() || row.ownerAgency.trim() ? setRemoving(i) : remove(i))}
                    >
                      {t('visitPages.report.removeFollowUp')}
                    </Button>
                  </Paper>
                );
              })}
              <Button variant="default" onClick={() => setRows((current) => [...current, newRow()])} style={{ alignSelf: 'flex-start' }}>
                {t('visitPages.report.addFollowUp')}
              </Button>
            </Stack>
          </fieldset>

          <fieldset className="plain-fieldset">
            <Stack gap="sm">
              <Title order={3} size="h4" component="legend">
                {t('visitPages.report.adoptionsLegend')}
              </Title>
              {visit.practices.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('visitPages.report.noPractices')}
                </Text>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('visitPages.report.adoptionsHint')}
                </Text>
              )}
              {visit.practices.map((practice) => {
                const title = practiceTitle(practice.texts, language);
                const row = adoptions[practice.id] as AdoptionRow;
                const sent = sentPractices.indexOf(practice);
                const error = (field: string) => (sent >= 0 ? fieldErrors[`adoptions.${sent}.${field}`] : undefined);
                const set = (patch: Partial<AdoptionRow>) => setAdoptions((current) => ({ ...current, [practice.id]: { ...row, ...patch } }));
                return (
                  <Paper key={practice.id} withBorder p="sm" radius="md">
                    <Stack gap="xs">
                      <Anchor component={Link} to={`/praktik/${practice.id}`} fw={600}>
                        {title}
                      </Anchor>
                      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                        <NativeSelect
                          label={t('visitPages.report.adoptionStatusLabel', { practice: title })}
                          data={[{ value: '', label: t('visitPages.report.notAdopted') }, ...ADOPTION_STATUSES.map((value) => ({ value, label: t(`visitPages.report.adoptionStatus.${value}`) }))]}
                          value={row.status}
                          onChange={(e) => set({ status: e.currentTarget.value as AdoptionStatus | '' })}
                          error={error('status') ?? error('practiceId')}
                        />
                        <TextInput
                          type="date"
                          label={t('visitPages.report.adoptionDateLabel', { practice: title })}
                          value={row.adoptedOn}
                          disabled={!row.status}
                          onChange={(e) => set({ adoptedOn: e.currentTarget.value })}
                          error={error('adoptedOn')}
                        />
                      </SimpleGrid>
                    </Stack>
                  </Paper>
                );
              })}
            </Stack>
          </fieldset>

          <Group gap="sm">
            <Button type="submit" loading={loading}>
              {t('visitPages.report.submit')}
            </Button>
            {onCancel && (
              <Button variant="default" onClick={onCancel}>
                {t('visitPages.report.cancel')}
              </Button>
            )}
          </Group>
        </Stack>
      </FormFieldset>
      <ConfirmModal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('visitPages.report.removeTitle')}
        confirmLabel={t('visitPages.report.removeConfirm')}
        onConfirm={() => {
          if (removing !== null) remove(removing);
          setRemoving(null);
        }}
      >
        <Text>{t('visitPages.report.removeBody', { action: removing !== null ? (rows[removing]?.action ?? '') : '' })}</Text>
      </ConfirmModal>
    </form>
  );
}

function Report({ visit }: { visit: Visit }) {
  const { t, i18n } = useVisitPagesStrings();
  const language = currentLanguage(i18n);
  const { viewer } = useViewer();
  const writer = mayReport(viewer, visit) && visit.state === 'COMPLETED';
  // Until the viewer (or a choice) is known: the form when the writer has nothing filed yet.
  const [editingChoice, setEditing] = useState<boolean | null>(null);
  const editing = editingChoice ?? (writer && !visit.report);
  const [saved, setSaved] = useState(false);
  const title = t('visitPages.report.titleRoute', { visiting: visit.visitingCity.name, host: visit.hostCity.name });
  return (
    <Stack gap="lg">
      <PageTitle title={title} />
      <Stack gap="xs">
        <Anchor component={Link} to={`/kunjungan/${visit.id}`} size="sm">
          {t('visitPages.report.backToVisit')}
        </Anchor>
        <Title order={1}>{title}</Title>
        <Group gap="xs">
          <VisitStateBadge state={visit.state} />
          {visit.isDemo && <DemoBadge />}
          {visit.startsAt && (
            <Text size="sm">
              {formatSlot(visit.startsAt, visit.endsAt, visit.hostTimeZone, language)}
            </Text>
          )}
        </Group>
        <Text c="dimmed">{visit.purpose}</Text>
      </Stack>
      {saved && (
        <Alert color="teal" variant="light" role="status">
          {t('visitPages.report.saved')}
        </Alert>
      )}
      {visit.state !== 'COMPLETED' && !visit.report && <Text>{t('visitPages.report.notCompleted')}</Text>}
      {editing ? (
        <ReportForm
          visit={visit}
          onDone={() => {
            setEditing(false);
            setSaved(true);
          }}
          onCancel={visit.report ? () => setEditing(false) : undefined}
        />
      ) : (
        <>
          {writer && visit.report && (
            <Button
              variant="default"
              style={{ alignSelf: 'flex-start' }}
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('visitPages.report.edit')}
            </Button>
          )}
          {(visit.state === 'COMPLETED' || visit.report) && <ReportView visit={visit} />}
        </>
      )}
      <CostPanel visit={visit} />
    </Stack>
  );
}

/** `/kunjungan/:visitId/laporan`: the visiting city's report after the visit, with its cost beside what it produced. */
export function ReportPage() {
  const { visitId = '' } = useParams();
  const { t } = useVisitPagesStrings();
  const { data, error, refetch, networkStatus } = useQuery(VisitReportPageDocument, { variables: { id: visitId }, notifyOnNetworkStatusChange: true });
  if (error && !data) {
    return <QueryErrorView error={error} message={t('visitPages.report.error')} onRetry={() => void refetch().catch(() => {})} retrying={networkStatus === NetworkStatus.refetch} />;
  }
  if (!data) return <LoadingState label={t('visitPages.report.loading')} />;
  if (!data.visit) {
    return (
      <Stack gap="md" py="xl">
        <PageTitle title={t('visitPages.report.notFoundTitle')} />
        <Title order={1}>{t('visitPages.report.notFoundTitle')}</Title>
        <Text>{t('visitPages.report.notFoundBody')}</Text>
      </Stack>
    );
  }
  return <Report key={data.visit.id} visit={data.visit} />;
}
