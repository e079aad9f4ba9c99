import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AccessDenied, QueryErrorView, SignInRequired } from '../app/access-views';
import { ConfirmModal } from '../app/confirm-modal';
import { formatDateTime } from '../app/format-time';
import { currentLanguage } from '../app/i18n';
import { LoadMore } from '../app/load-more';
import { PageTitle } from '../app/page-title';
import { LoadingState } from '../app/status-views';
import { useMutationForm } from '../app/use-mutation-form';
import { FormErrors } from '../app/user-errors';
import { canDo, useViewer } from '../app/viewer';
import {
  ApproveRepresentationRequestDocument,
  type CityRole,
  RejectRepresentationRequestDocument,
  type RepresentationRequestRowFieldsFragment,
  RepresentationRequestsDocument,
  type RepresentationStatus,
} from '../gql/features/graphql';
import { CITY_ROLES, RequestStatusBadge, RoleBadge } from './badges';
import { forgetDecidedLists } from './decision-cache';
import { useMembershipStrings } from './membership-strings';

export const VERIFICATION_PAGE_SIZE = 20;
const STATUSES: readonly RepresentationStatus[] = ['PENDING', 'APPROVED', 'REJECTED'];
type Request = RepresentationRequestRowFieldsFragment;

function isStatus(value: unknown): value is RepresentationStatus {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

function RejectModal({ request, onClose }: { request: Request | null; onClose: () => void }) {
  const { t } = useMembershipStrings();
  const [note, setNote] = useState('');
  const { fieldErrors, generalErrors, failed, submit, reset } = useMutationForm(['note']);
  const [reject, { loading }] = useMutation(RejectRepresentationRequestDocument, {
    update: (cache) => forgetDecidedLists(cache),
  });

  const close = () => {
    setNote('');
    reset();
    onClose();
  };

  const confirm = () => {
    if (!request) return;
    const input = { requestId: request.id, note: note.trim() };
    void submit({
      invalid: input.note ? {} : { note: t('verification.noteRequired') },
      send: async () => (await reject({ variables: { input } })).data?.rejectRepresentationRequest,
      done: close,
    });
  };

  return (
    <ConfirmModal
      opened={request !== null}
      onClose={close}
      title={t('verification.rejectTitle')}
      confirmLabel={t('verification.rejectConfirm')}
      onConfirm={confirm}
      loading={loading}
    >
      {request && (
        <Text>{t('verification.rejectBody', { name: request.user.displayName, city: request.city.name })}</Text>
      )}
      <FormErrors errors={generalErrors} failed={failed} />
      <Textarea
        label={t('verification.note')}
        description={t('verification.noteHint')}
        withAsterisk
        autosize
        minRows={3}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        error={fieldErrors.note}
        data-autofocus
      />
    </ConfirmModal>
  );
}

function RequestCard({ request, onReject }: { request: Request; onReject: (request: Request) => void }) {
  const { t, i18n } = useMembershipStrings();
  const language = currentLanguage(i18n);
  const [role, setRole] = useState<CityRole | ''>('');
  const { generalErrors, failed, submit } = useMutationForm();
  const [grantedRole, setGrantedRole] = useState<CityRole | null>(null);
  const [approve, { loading }] = useMutation(ApproveRepresentationRequestDocument, {
    update: (cache) => forgetDecidedLists(cache),
  });
  const headingId = `request-${request.id}`;

  const onApprove = () => {
    const input = { requestId: request.id, ...(role ? { role } : {}) };
    void submit({
      send: async () => (await approve({ variables: { input } })).data?.approveRepresentationRequest,
      done: ({ membership }) => setGrantedRole(membership?.role ?? null),
    });
  };

  return (
    <Paper component="article" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={2}>
            <Title order={2} size="h4" id={headingId}>
              {t('verification.cardTitle', { name: request.user.displayName, city: request.city.name })}
            </Title>
            <Text size="sm">{request.user.email}</Text>
          </Stack>
          <RequestStatusBadge status={request.status} />
        </Group>
        <dl className="definition-list">
          <dt>{t('verification.city')}</dt>
          <dd>
            <Anchor component={Link} to={`/kota/${request.city.slug}`}>
              {request.city.name}
            </Anchor>
          </dd>
          <dt>{t('verification.requestedAt')}</dt>
          <dd>{formatDateTime(request.createdAt, language)}</dd>
          <dt>{t('verification.officialEmail')}</dt>
          <dd>
            {request.officialEmail ? (
              <Group gap={6} wrap="wrap" component="span">
                <span>{request.officialEmail}</span>
                {request.officialEmailIsGovernment && (
                  <Badge color="teal.9" variant="filled" size="sm" style={{ textTransform: 'none' }}>
                    {t('verification.governmentDomain')}
                  </Badge>
                )}
                {!request.officialEmailConfirmed && (
                  <Badge color="gray.8" variant="outline" size="sm" style={{ textTransform: 'none' }}>
                    {t('verification.unconfirmedOfficialEmail')}
                  </Badge>
                )}
              </Group>
            ) : (
              t('common.empty')
            )}
          </dd>
          <dt>{t('verification.message')}</dt>
          <dd style={{ whiteSpace: 'pre-wrap' }}>{request.message}</dd>
          {request.decidedAt && (
            <>
              <dt>{t('verification.decidedAt')}</dt>
              <dd>{formatDateTime(request.decidedAt, language)}</dd>
            </>
          )}
          {request.decisionNote && (
            <>
              <dt>{t('verification.decisionNote')}</dt>
              <dd style={{ whiteSpace: 'pre-wrap' }}>{request.decisionNote}</dd>
            </>
          )}
        </dl>
        {grantedRole && (
          <Group gap={6} role="status">
            <Text size="sm">{t('verification.approved', { name: request.user.displayName })}</Text>
            <RoleBadge role={grantedRole} />
          </Group>
        )}
        <FormErrors errors={generalErrors} failed={failed} />
        {request.status === 'PENDING' && (
          <Group align="flex-end" gap="sm" wrap="wrap">
            <NativeSelect
              label={t('verification.role')}
              aria-label={t('verification.roleFor', { name: request.user.displayName })}
              data={[
                { value: '', label: t('verification.roleAuto') },
                ...CITY_ROLES.map((value) => ({ value, label: t(`roles.${value}`) })),
              ]}
              value={role}
              onChange={(event) => {
                const { value } = event.currentTarget;
                setRole(value === '' || (CITY_ROLES as readonly string[]).includes(value) ? (value as CityRole | '') : '');
              }}
              disabled={loading}
              size="sm"
            />
            <Button onClick={onApprove} loading={loading} color="teal.9">
              {t('verification.approve')}
            </Button>
            <Button onClick={() => onReject(request)} disabled={loading} variant="outline" color="red.8">
              {t('verification.reject')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function RequestQueue({ status }: { status: RepresentationStatus }) {
  const { t } = useMembershipStrings();
  const [rejecting, setRejecting] = useState<Request | null>(null);
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(RepresentationRequestsDocument, {
    variables: { status, first: VERIFICATION_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });

  if (error && !data) {
    return (
      <QueryErrorView
        error={error}
        message={t('verification.error')}
        retrying={networkStatus === NetworkStatus.refetch}
        onRetry={() => {
          refetch().catch(() => {});
        }}
      />
    );
  }
  if (!data) return <LoadingState label={t('verification.loading')} />;

  const { nodes, totalCount } = data.representationRequests;

  if (nodes.length === 0) {
    return (
      <Paper withBorder p="lg">
        <Text fw={600}>{t(`verification.empty.${status}`)}</Text>
      </Paper>
    );
  }
  return (
    <Stack gap="md">
      <Text fw={600} role="status" aria-live="polite">
        {t('verification.total', { count: totalCount })}
      </Text>
      {nodes.map((request) => (
        <RequestCard key={request.id} request={request} onReject={setRejecting} />
      ))}
      <LoadMore connection={data.representationRequests} fetchMore={fetchMore} networkStatus={networkStatus} />
      <RejectModal request={rejecting} onClose={() => setRejecting(null)} />
    </Stack>
  );
}

/** `/admin/verifikasi`: platform admins approve or reject requests to represent a city. */
export function VerificationPage() {
  const { t } = useMembershipStrings();
  const { viewer, loading } = useViewer();
  const [params, setParams] = useSearchParams();
  const rawStatus = params.get('status');
  const status: RepresentationStatus = isStatus(rawStatus) ? rawStatus : 'PENDING';

  if (loading) return <LoadingState label={t('common.loading')} />;
  if (!viewer) return <SignInRequired />;
  if (!canDo(viewer, 'REPRESENTATION_REVIEW')) return <AccessDenied />;

  return (
    <Stack gap="lg">
      <PageTitle title={t('verification.title')} />
      <Stack gap="xs">
        <Title order={1}>{t('verification.title')}</Title>
        <Text c="dimmed">{t('verification.intro')}</Text>
      </Stack>
      <Group gap={4} role="group" aria-label={t('verification.filterLabel')}>
        {STATUSES.map((value) => (
          <Button
            key={value}
            size="compact-md"
            variant={value === status ? 'filled' : 'default'}
            aria-pressed={value === status}
            onClick={() =>
              setParams(
                (previous) => {
                  const next = new URLSearchParams(previous);
                  if (value === 'PENDING') next.delete('status');
                  else next.set('status', value);
                  return next;
                },
                { replace: true },
              )
            }
          >
            {t(`verification.filter.${value}`)}
          </Button>
        ))}
      </Group>
      <RequestQueue key={status} status={status} />
    </Stack>
  );
}
