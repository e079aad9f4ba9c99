import '../app/form-styles';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Anchor, Box, Button, Code, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, Fragment, useMemo, useState } from 'react';
import { useAuditStrings } from './audit-strings';
import '../app/stacked-table.css';
import { Link } from 'react-router';
import { AccessDenied, QueryErrorView, SignInRequired } from '../app/access-views';
import { formatDateTime } from '../app/format-time';
import { currentLanguage } from '../app/i18n';
import { LoadMore } from '../app/load-more';
import { PageTitle } from '../app/page-title';
import { LoadingState } from '../app/status-views';
import { canDo, useViewer } from '../app/viewer';
import { AuditLogDocument, type AuditLogQuery } from '../gql/features/graphql';
import {
  type AuditFilterValues,
  isDateInput,
  NO_AUDIT_FILTERS,
  toAuditLogFilter,
  useAuditFilters,
} from './audit-filters';
import { DIFF_PREFIX, jsonDiff } from './json-diff';

export const AUDIT_PAGE_SIZE = 50;
type Entry = AuditLogQuery['auditLog']['nodes'][number];

function AuditFiltersForm({ values, onApply }: { values: AuditFilterValues; onApply: (values: AuditFilterValues) => void }) {
  const { t } = useAuditStrings();
  const [draft, setDraft] = useState(values);
  const [lastValues, setLastValues] = useState(values);
  const [errors, setErrors] = useState<Partial<Record<keyof AuditFilterValues, string>>>({});
  // Back/forward changes the URL: show what it says.
  if (values !== lastValues && JSON.stringify(values) !== JSON.stringify(lastValues)) {
    setLastValues(values);
    setDraft(values);
  }

  const set = (key: keyof AuditFilterValues) => (event: { currentTarget: { value: string } }) => {
    const { value } = event.currentTarget;
    setDraft((previous) => ({ ...previous, [key]: value }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<keyof AuditFilterValues, string>> = {};
    if (draft.from && !isDateInput(draft.from)) found.from = t('audit.invalidDate');
    if (draft.to && !isDateInput(draft.to)) found.to = t('audit.invalidDate');
    if (!found.from && !found.to && draft.from && draft.to && draft.from > draft.to) found.to = t('audit.toBeforeFrom');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    onApply(draft);
  };

  return (
    <Box role="search" aria-label={t('audit.filtersLabel')}>
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
            <TextInput
              label={t('audit.city')}
              description={t('audit.cityHint')}
              value={draft.city}
              onChange={set('city')}
              autoComplete="off"
              spellCheck={false}
            />
            <TextInput
              label={t('audit.userEmail')}
              type="email"
              value={draft.email}
              onChange={set('email')}
              autoComplete="off"
            />
            <TextInput label={t('audit.from')} type="date" value={draft.from} onChange={set('from')} error={errors.from} />
            <TextInput label={t('audit.to')} type="date" value={draft.to} onChange={set('to')} error={errors.to} />
          </SimpleGrid>
          <Group gap="sm">
            <Button type="submit">{t('audit.apply')}</Button>
            <Button
              variant="default"
              onClick={() => {
                setErrors({});
                setDraft(NO_AUDIT_FILTERS);
                onApply(NO_AUDIT_FILTERS);
              }}
            >
              {t('audit.reset')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Box>
  );
}

function ChangeDiff({ entry }: { entry: Entry }) {
  const { t } = useAuditStrings();
  const lines = useMemo(() => jsonDiff(entry.before, entry.after), [entry.before, entry.after]);
  if (lines.length === 0) return <Text c="dimmed">{t('audit.noChanges')}</Text>;
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed">
        {t('audit.diffLabel')}
      </Text>
      <pre className="preformatted">
        {lines.map((line, index) => (
          // Lines are positional: the index is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Fragment key={index}>
            <span className={line.kind === 'same' ? undefined : `diff-${line.kind}`}>
              {DIFF_PREFIX[line.kind]}
              {line.text}
            </span>
            {'\n'}
          </Fragment>
        ))}
      </pre>
    </Stack>
  );
}

function AuditRow({ entry, columns }: { entry: Entry; columns: number }) {
  const { t, i18n } = useAuditStrings();
  const label = (column: string) => t(`audit.columns.${column}`);
  const language = currentLanguage(i18n);
  const [open, setOpen] = useState(false);
  const diffId = `audit-diff-${entry.id}`;
  const hasChange = entry.before !== null || entry.after !== null;
  return (
    <>
      <Table.Tr>
        <Table.Td data-label={label('at')} style={{ whiteSpace: 'nowrap' }}>
          <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
        </Table.Td>
        <Table.Td data-label={label('actor')}>
          {entry.actor ? (
            <Stack gap={0}>
              <span>{entry.actor.displayName}</span>
              <Text size="xs" c="dimmed">
                {entry.actor.email}
              </Text>
            </Stack>
          ) : (
            t('audit.system')
          )}
        </Table.Td>
        <Table.Td data-label={label('action')}>
          <Code>{entry.action}</Code>
        </Table.Td>
        <Table.Td data-label={label('entity')}>
          {entry.entityType}{' '}
          <Text component="span" size="xs" c="dimmed">
            {entry.entityId}
          </Text>
        </Table.Td>
        <Table.Td data-label={label('city')}>
          {entry.city ? (
            <Anchor component={Link} to={`/kota/${entry.city.slug}`}>
              {entry.city.name}
            </Anchor>
          ) : (
            t('common.empty')
          )}
        </Table.Td>
        <Table.Td data-label={label('changes')}>
          {hasChange ? (
            <Button
              size="compact-sm"
              variant="subtle"
              aria-expanded={open}
              aria-controls={open ? diffId : undefined}
              onClick={() => setOpen((value) => !value)}
            >
              {open ? t('audit.hideChanges') : t('audit.showChanges')}
            </Button>
          ) : (
            t('common.empty')
          )}
        </Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr id={diffId}>
          <Table.Td colSpan={columns}>
            <ChangeDiff entry={entry} />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

function AuditResults({ values }: { values: AuditFilterValues }) {
  const { t } = useAuditStrings();
  const filter = useMemo(() => toAuditLogFilter(values), [values]);
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(AuditLogDocument, {
    variables: { filter, first: AUDIT_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });

  if (error && !data) {
    return (
      <QueryErrorView
        error={error}
        message={t('audit.error')}
        retrying={networkStatus === NetworkStatus.refetch}
        onRetry={() => {
          refetch().catch(() => {});
        }}
      />
    );
  }
  if (!data) return <LoadingState label={t('audit.loading')} />;

  const { nodes, totalCount } = data.auditLog;
  if (nodes.length === 0) {
    return (
      <Paper withBorder p="lg">
        <Text fw={600}>{t('audit.empty')}</Text>
      </Paper>
    );
  }
  const columns = 6;
  return (
    <Stack gap="sm">
      <Text fw={600} role="status" aria-live="polite">
        {t('audit.total', { count: totalCount })}
      </Text>
      <Table.ScrollContainer minWidth={860} type="native" className="stacked-table-scroll">
        <Table aria-label={t('audit.tableLabel')} verticalSpacing="xs" className="stacked-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('audit.columns.at')}</Table.Th>
              <Table.Th scope="col">{t('audit.columns.actor')}</Table.Th>
              <Table.Th scope="col">{t('audit.columns.action')}</Table.Th>
              <Table.Th scope="col">{t('audit.columns.entity')}</Table.Th>
              <Table.Th scope="col">{t('audit.columns.city')}</Table.Th>
              <Table.Th scope="col">{t('audit.columns.changes')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {nodes.map((entry) => (
              <AuditRow key={entry.id} entry={entry} columns={columns} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <LoadMore connection={data.auditLog} fetchMore={fetchMore} networkStatus={networkStatus} />
    </Stack>
  );
}

/** `/admin/audit`: who did what, when, with the before/after of each change (platform admins). */
export function AuditLogPage() {
  const { t } = useAuditStrings();
  const { viewer, loading } = useViewer();
  const [values, setValues] = useAuditFilters();
  if (loading) return <LoadingState label={t('common.loading')} />;
  if (!viewer) return <SignInRequired />;
  if (!canDo(viewer, 'AUDIT_LOG_VIEW')) return <AccessDenied />;
  const resultsKey = `${values.city}|${values.email}|${values.from}|${values.to}`;
  return (
    <Stack gap="lg">
      <PageTitle title={t('audit.title')} />
      <Stack gap="xs">
        <Title order={1}>{t('audit.title')}</Title>
        <Text c="dimmed">{t('audit.intro')}</Text>
      </Stack>
      <AuditFiltersForm values={values} onApply={setValues} />
      <AuditResults key={resultsKey} values={values} />
    </Stack>
  );
}
