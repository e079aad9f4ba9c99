import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Checkbox, FileInput, Group, List, Progress, Select, SimpleGrid, Stack, Stepper, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { AccessDenied, SignInRequired } from '../app/access-views';
import { currentLanguage } from '../app/i18n';
import { PageTitle } from '../app/page-title';
import { LoadingState } from '../app/status-views';
import { userErrorText } from '../app/user-errors';
import { useViewer } from '../app/viewer';
import {
  CommitMetricImportDocument,
  type CsvDelimiter,
  type DecimalStyle,
  type ImportPreviewFieldsFragment,
  type ImportProblemFieldsFragment,
  type MetricImportFieldsFragment,
  PreviewMetricImportDocument,
  UndoMetricImportDocument,
} from '../gql/features/graphql';
import { CitySearch } from './city-search';
import { useMetricsStrings } from './metrics-strings';
import { uploadImport } from './upload-import';
import { type MetricCity, useCitiesBySlug } from './use-cities';
import '../app/stacked-table.css';

// Mantine's light yellow title (#e67700 on #fff3bf) is 2.7:1: dark text keeps it above 4.5:1.
const WARNING_STYLES = { title: { color: 'var(--mantine-color-dark-9)' } };

const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Errors or warnings, each with its line and column. */
function ProblemTable({ problems, caption }: { problems: readonly ImportProblemFieldsFragment[]; caption: string }) {
  const { t } = useMetricsStrings();
  return (
    <Table.ScrollContainer minWidth={560} type="native" className="stacked-table-scroll">
      <Table verticalSpacing="xs" className="stacked-table">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('metrics.import.columns.line')}</Table.Th>
            <Table.Th scope="col">{t('metrics.import.columns.column')}</Table.Th>
            <Table.Th scope="col">{t('metrics.import.columns.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.slice(0, 500).map((p) => (
            <Table.Tr key={`${p.line}-${p.column}-${p.code}`}>
              <Table.Th scope="row">{t('metrics.import.line', { line: p.line })}</Table.Th>
              <Table.Td data-label={t('metrics.import.columns.column')}>{p.column ?? t('metrics.import.wholeRow')}</Table.Td>
              <Table.Td data-label={t('metrics.import.columns.problem')}>
                {p.message}
                {p.candidates && p.candidates.length > 0 && ` ${t('metrics.import.candidates', { names: p.candidates.join(', ') })}`}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Preview({
  preview,
  onOptions,
  onCommit,
  committing,
  commitErrors,
}: {
  preview: ImportPreviewFieldsFragment;
  onOptions: (options: { delimiter?: CsvDelimiter; decimalStyle?: DecimalStyle }) => void;
  onCommit: (confirmWarnings: boolean) => void;
  committing: boolean;
  commitErrors: readonly string[];
}) {
  const { t } = useMetricsStrings();
  const [confirmed, setConfirmed] = useState(false);
  const needsDecimal = !preview.decimalStyle;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {t('metrics.import.encoding')}
          </Text>
          {/* The API says "UTF-8 BOM": shown as the encoding with the BOM in words. */}
          <Text>{preview.hasBom ? t('metrics.import.encodingBom', { encoding: preview.encoding.replace(/\s*BOM$/, '') }) : preview.encoding}</Text>
        </Stack>
        <Select
          label={t('metrics.import.delimiter')}
          data={(['COMMA', 'SEMICOLON'] as const).map((value) => ({ value, label: t(`metrics.import.delimiters.${value}`) }))}
          value={preview.delimiter}
          allowDeselect={false}
          onChange={(v) => v && onOptions({ delimiter: v as CsvDelimiter })}
        />
        <Select
          label={t('metrics.import.decimalStyle')}
          description={preview.decimalStyle ? (preview.decimalStyleDetected ? t('metrics.import.detected') : t('metrics.import.chosen')) : undefined}
          error={needsDecimal ? t('metrics.import.decimalAmbiguous') : undefined}
          placeholder={t('metrics.import.chooseDecimal')}
          data={(['INDONESIAN', 'ENGLISH'] as const).map((value) => ({ value, label: t(`metrics.import.decimals.${value}`) }))}
          value={preview.decimalStyle ?? null}
          allowDeselect={false}
          onChange={(v) => v && onOptions({ decimalStyle: v as DecimalStyle })}
        />
      </SimpleGrid>
      <Text>{t('metrics.import.rowCount', { count: preview.rowCount })}</Text>
      {preview.alreadyImported && <Alert color="blue">{t('metrics.import.alreadyImported')}</Alert>}
      <Title order={3} size="h4">
        {t('metrics.import.mappingHeading')}
      </Title>
      <Table.ScrollContainer minWidth={400} type="native" className="stacked-table-scroll">
        <Table verticalSpacing="xs" className="stacked-table" aria-label={t('metrics.import.mappingHeading')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('metrics.import.columns.field')}</Table.Th>
              <Table.Th scope="col">{t('metrics.import.columns.fileColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.mapping.map((m) => (
              <Table.Tr key={m.field}>
                <Table.Th scope="row">{t(`metrics.import.fields.${m.field}`, { defaultValue: m.field })}</Table.Th>
                <Table.Td data-label={t('metrics.import.columns.fileColumn')}>{m.column ?? t('metrics.import.notInFile')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Title order={3} size="h4">
        {t('metrics.import.sampleHeading', { count: preview.sampleRows.length })}
      </Title>
      <Table.ScrollContainer minWidth={700} type="native">
        <Table verticalSpacing="xs" striped aria-label={t('metrics.import.sampleHeading', { count: preview.sampleRows.length })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('metrics.import.columns.line')}</Table.Th>
              {preview.columns.map((c) => (
                <Table.Th scope="col" key={c}>
                  {c}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.sampleRows.map((row, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the rows are the file's first lines, in order
              <Table.Tr key={index}>
                {/* Line 1 is the header: the first row is line 2. */}
                <Table.Th scope="row">{index + 2}</Table.Th>
                {row.cells.map((cell, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                  <Table.Td key={i}>{cell}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {preview.errors.length > 0 && (
        <Alert color="red" title={t('metrics.import.errorsTitle', { count: preview.errors.length })} role="alert">
          <ProblemTable problems={preview.errors} caption={t('metrics.import.errorsCaption')} />
        </Alert>
      )}
      {commitErrors.length > 0 && (
        <Alert color="red" title={t('metrics.import.errorsTitle', { count: commitErrors.length })} role="alert">
          <List size="sm">
            {commitErrors.map((text) => (
              <List.Item key={text}>{text}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {preview.warnings.length > 0 && (
        <Alert color="yellow" styles={WARNING_STYLES} title={t('metrics.import.warningsTitle', { count: preview.warnings.length })}>
          <Stack gap="sm">
            <ProblemTable problems={preview.warnings} caption={t('metrics.import.warningsCaption')} />
            <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.currentTarget.checked)} label={t('metrics.import.confirmWarnings')} />
          </Stack>
        </Alert>
      )}
      <Group>
        <Button
          onClick={() => onCommit(confirmed)}
          loading={committing}
          disabled={preview.errors.length > 0 || needsDecimal || (preview.warnings.length > 0 && !confirmed)}
        >
          {t('metrics.import.commit', { count: preview.rowCount })}
        </Button>
      </Group>
      {committing && (
        <Stack gap={4} role="status" aria-live="polite">
          <Text size="sm">{t('metrics.import.committing', { count: preview.rowCount })}</Text>
          <Progress value={100} animated striped aria-label={t('metrics.import.committingLabel')} />
        </Stack>
      )}
    </Stack>
  );
}

function ImportWizard() {
  const { t, i18n } = useMetricsStrings();
  const language = currentLanguage(i18n);
  const { viewer } = useViewer();
  const ownSlugs = (viewer?.memberships ?? []).filter((m) => m.role === 'EDITOR' || m.role === 'ADMIN').map((m) => m.city.slug);
  const own = useCitiesBySlug(ownSlugs);
  const [picked, setPicked] = useState<MetricCity | null>(null);
  const [citySlug, setCitySlug] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreviewFieldsFragment | null>(null);
  const [options, setOptions] = useState<{ delimiter?: CsvDelimiter; decimalStyle?: DecimalStyle }>({});
  const [result, setResult] = useState<MetricImportFieldsFragment | null>(null);
  const [commitErrors, setCommitErrors] = useState<string[]>([]);
  const [alreadyCommitted, setAlreadyCommitted] = useState(false);
  const [mutationError, setMutationError] = useState<string | null>(null);
  const [runPreview, previewState] = useMutation(PreviewMetricImportDocument);
  const [runCommit, commitState] = useMutation(CommitMetricImportDocument);
  const [runUndo, undoState] = useMutation(UndoMetricImportDocument);

  const city = viewer?.isPlatformAdmin ? picked : (own.cities.find((c) => c.slug === (citySlug ?? ownSlugs[0])) ?? null);
  const step = result ? 2 : preview ? 1 : 0;

  const errorsText = (errors: ReadonlyArray<Parameters<typeof userErrorText>[0]>) => errors.map((e) => userErrorText(e, language)).join(' ');

  async function loadPreview(importId: string, next: { delimiter?: CsvDelimiter; decimalStyle?: DecimalStyle }) {
    setMutationError(null);
    const { data } = await runPreview({ variables: { input: { importId, delimiter: next.delimiter ?? null, decimalStyle: next.decimalStyle ?? null } } });
    const payload = data?.previewMetricImport;
    if (payload?.preview) setPreview(payload.preview);
    if (payload?.userErrors.length) setMutationError(errorsText(payload.userErrors));
  }

  async function upload() {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setUploadError(t('metrics.import.tooLarge'));
      return;
    }
    setUploading(true);
    setUploadError(null);
    try {
      const answer = await uploadImport(file, { cityCode: city?.code ?? null, language });
      if (answer.import) await loadPreview(answer.import.importId, {});
      else setUploadError(answer.userErrors.map((e) => e.message).join(' '));
    } catch {
      setUploadError(t('metrics.import.uploadFailed'));
    } finally {
      setUploading(false);
    }
  }

  async function commit(confirmWarnings: boolean) {
    if (!preview) return;
    setMutationError(null);
    try {
      const { data } = await runCommit({
        variables: { input: { importId: preview.importId, delimiter: preview.delimiter, decimalStyle: preview.decimalStyle ?? null, confirmWarnings } },
      });
      const payload = data?.commitMetricImport;
      // Every problem of the file comes back as its own userError: listed, nothing stored.
      setCommitErrors((payload?.userErrors ?? []).map((e) => userErrorText(e, language)));
      setAlreadyCommitted(payload?.alreadyImported ?? false);
      if (payload?.import && payload.userErrors.length === 0) setResult(payload.import);
    } catch {
      setMutationError(t('metrics.import.requestFailed'));
    }
  }

  async function undo() {
    if (!result) return;
    setMutationError(null);
    try {
      const { data } = await runUndo({ variables: { importId: result.id } });
      const payload = data?.undoMetricImport;
      if (payload?.import) setResult(payload.import);
      if (payload?.userErrors.length) setMutationError(errorsText(payload.userErrors));
    } catch {
      setMutationError(t('metrics.import.requestFailed'));
    }
  }

  function restart() {
    setFile(null);
    setPreview(null);
    setResult(null);
    setCommitErrors([]);
    setAlreadyCommitted(false);
    setOptions({});
    setMutationError(null);
  }

  return (
    <Stack gap="lg">
      <Stepper active={step} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={t('metrics.import.steps.upload')} />
        <Stepper.Step label={t('metrics.import.steps.preview')} />
        <Stepper.Step label={t('metrics.import.steps.result')} />
      </Stepper>
      {mutationError && (
        <Alert color="red" role="alert">
          {mutationError}
        </Alert>
      )}
      {step === 0 && (
        <Stack gap="md" maw={560}>
          {viewer?.isPlatformAdmin ? (
            <Stack gap={4}>
              <CitySearch exclude={[]} onPick={setPicked} />
              {picked && <Text size="sm">{t('metrics.import.forCity', { city: picked.name })}</Text>}
            </Stack>
          ) : (
            <Select
              label={t('metrics.import.city')}
              data={own.cities.map((c) => ({ value: c.slug, label: c.name }))}
              value={city?.slug ?? null}
              allowDeselect={false}
              onChange={setCitySlug}
            />
          )}
          <FileInput
            label={t('metrics.import.file')}
            description={t('metrics.import.fileHint')}
            accept=".csv,text/csv"
            value={file}
            onChange={setFile}
            clearable
            error={uploadError}
          />
          <Text size="sm" c="dimmed">
            {t('metrics.import.format')}
          </Text>
          <Group>
            <Button onClick={() => void upload()} disabled={!file || (!city && !viewer?.isPlatformAdmin)} loading={uploading || previewState.loading}>
              {t('metrics.import.upload')}
            </Button>
          </Group>
          {(uploading || previewState.loading) && <Progress value={100} animated striped aria-label={t('metrics.import.uploading')} />}
        </Stack>
      )}
      {step === 1 && preview && (
        <Stack gap="md">
          <Preview
            preview={preview}
            committing={commitState.loading}
            commitErrors={commitErrors}
            onOptions={(change) => {
              const next = { ...options, ...change };
              setOptions(next);
              void loadPreview(preview.importId, next);
            }}
            onCommit={(confirmed) => void commit(confirmed)}
          />
          <Group>
            <Button variant="default" onClick={restart}>
              {t('metrics.import.startOver')}
            </Button>
          </Group>
        </Stack>
      )}
      {step === 2 && result && (
        <Stack gap="md" role="status" aria-live="polite">
          {result.status === 'undone' ? (
            <Alert color="blue" title={t('metrics.import.undoneTitle')}>
              {t('metrics.import.undoneBody', { file: result.fileName })}
            </Alert>
          ) : (
            <Alert color="teal" title={t('metrics.import.doneTitle')}>
              {alreadyCommitted ? t('metrics.import.alreadyCommitted') : t('metrics.import.doneBody', { count: result.rowCount ?? 0, file: result.fileName })}
            </Alert>
          )}
          <Group>
            {result.status !== 'undone' && (
              <Button color="red.9" variant="outline" onClick={() => void undo()} loading={undoState.loading}>
                {t('metrics.import.undo')}
              </Button>
            )}
            <Button variant="default" onClick={restart}>
              {t('metrics.import.another')}
            </Button>
            <Anchor component={Link} to={city ? `/metrik?kota=${city.slug}` : '/metrik'}>
              {t('metrics.import.toCompare')}
            </Anchor>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

/** `/metrik/impor`: editors and admins import a city's numbers from a CSV (upload → preview → commit → result). */
export function ImportPage() {
  const { t } = useMetricsStrings();
  const { viewer, loading } = useViewer();
  if (loading) return <LoadingState label={t('metrics.import.loading')} />;
  if (!viewer) return <SignInRequired />;
  if (!viewer.isPlatformAdmin && !viewer.memberships.some((m) => m.role === 'EDITOR' || m.role === 'ADMIN')) return <AccessDenied />;
  const title = t('metrics.import.title');
  return (
    <Stack gap="lg">
      <PageTitle title={title} />
      <Stack gap="xs">
        <Anchor component={Link} to="/metrik" size="sm">
          {t('metrics.backToCompare')}
        </Anchor>
        <Title order={1}>{title}</Title>
        <Text>{t('metrics.import.intro')}</Text>
      </Stack>
      <ImportWizard />
    </Stack>
  );
}
