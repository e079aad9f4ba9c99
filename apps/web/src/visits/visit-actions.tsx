import { useMutation } from '@apollo/client/react';
import { VISIT_ACTIONS } from '@citybridge/domain';
import { Button, Group, Paper, Radio, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { ConfirmModal } from '../app/confirm-modal';
import { FormFieldset } from '../app/form-fieldset';
import { currentLanguage } from '../app/i18n';
import { useMutationForm } from '../app/use-mutation-form';
import { FormErrors } from '../app/user-errors';
import {
  AcceptVisitProposalDocument,
  CancelVisitDocument,
  CompleteVisitDocument,
  ConfirmVisitDocument,
  DeclineVisitDocument,
  MyVisitsDocument,
  ProposeVisitWindowsDocument,
  RescheduleVisitDocument,
  type VisitAction,
  type VisitDetailFieldsFragment,
  VisitInboxDocument,
  WithdrawVisitDocument,
} from '../gql/features/graphql';
import { MAX_WINDOWS, type WindowValue } from './request-values';
import { useVisitStrings } from './visit-strings';
import { formatRange, localToUtc } from './visit-time';
import { WindowsFields } from './windows-fields';

type Visit = VisitDetailFieldsFragment;

// The state machine's order; the API's allowedActions (state machine ∩ policy) say which.
const ACTION_ORDER: readonly VisitAction[] = VISIT_ACTIONS;
// What the lists on /kunjungan show changes with every step.
const REFETCH = { refetchQueries: [VisitInboxDocument, MyVisitsDocument] };

/** The actions the viewer may take now, in the state machine's order. */
export function visibleActions(visit: Pick<Visit, 'allowedActions'>): VisitAction[] {
  return ACTION_ORDER.filter((action) => visit.allowedActions.includes(action));
}

/** CONFIRM (host) or ACCEPT (visiting): pick one of the current windows; CONFIRM also names the venue. */
function ChooseWindowForm({ visit, action, onDone }: { visit: Visit; action: 'CONFIRM' | 'ACCEPT'; onDone: () => void }) {
  const { t, i18n } = useVisitStrings();
  const language = currentLanguage(i18n);
  const [windowId, setWindowId] = useState(visit.windows[0]?.id ?? '');
  const [venue, setVenue] = useState(visit.venue ?? '');
  const { fieldErrors, generalErrors, failed, submit } = useMutationForm(['windowId', 'venue']);
  const [confirm, confirming] = useMutation(ConfirmVisitDocument, REFETCH);
  const [accept, accepting] = useMutation(AcceptVisitProposalDocument, REFETCH);
  const loading = confirming.loading || accepting.loading;
  const key = action === 'CONFIRM' ? 'confirm' : 'accept';
  return (
    <form
      aria-label={t(`visits.actions.${key}.title`)}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit({
          invalid: windowId ? {} : { windowId: t('visits.request.errors.required') },
          send: async () =>
            action === 'CONFIRM'
              ? (await confirm({ variables: { input: { visitId: visit.id, windowId, venue: venue.trim() || null } } })).data?.confirmVisit
              : (await accept({ variables: { input: { visitId: visit.id, windowId } } })).data?.acceptVisitProposal,
          done: onDone,
        });
      }}
    >
      <FormFieldset disabled={loading}>
        <Stack gap="sm">
          <Radio.Group label={t(`visits.actions.${key}.choose`)} value={windowId} onChange={setWindowId} error={fieldErrors.windowId} withAsterisk>
            <Stack gap={6} mt="xs">
              {visit.windows.map((w) => (
                <Radio key={w.id} value={w.id} label={formatRange(w.startsAt, w.endsAt, visit.hostTimeZone, language)} />
              ))}
            </Stack>
          </Radio.Group>
          {action === 'CONFIRM' && (
            <TextInput label={t('visits.actions.confirm.venue')} value={venue} onChange={(e) => setVenue(e.currentTarget.value)} error={fieldErrors.venue} />
          )}
          <FormErrors errors={generalErrors} failed={failed} />
          <Group>
            <Button type="submit" loading={loading}>
              {t(`visits.actions.${key}.submit`)}
            </Button>
          </Group>
        </Stack>
      </FormFieldset>
    </form>
  );
}

/** PROPOSE (requested/proposed) or RESCHEDULE (confirmed): 1–3 new windows and a note. */
function NewWindowsForm({ visit, action, onDone }: { visit: Visit; action: 'PROPOSE' | 'RESCHEDULE'; onDone: () => void }) {
  const { t } = useVisitStrings();
  const [windows, setWindows] = useState<WindowValue[]>([{ start: '', end: '' }]);
  const [note, setNote] = useState('');
  const fields = ['windows', ...windows.flatMap((_, i) => [`windows.${i}`, `windows.${i}.start`, `windows.${i}.end`]), 'message', 'reason'];
  const { fieldErrors, generalErrors, failed, submit } = useMutationForm(fields);
  const [propose, proposing] = useMutation(ProposeVisitWindowsDocument, REFETCH);
  const [reschedule, rescheduling] = useMutation(RescheduleVisitDocument, REFETCH);
  const loading = proposing.loading || rescheduling.loading;
  const key = action === 'PROPOSE' ? 'propose' : 'reschedule';
  const invalid = () => {
    const errors: Record<string, string> = {};
    windows.forEach((w, i) => {
      const start = localToUtc(w.start, visit.hostTimeZone);
      const end = localToUtc(w.end, visit.hostTimeZone);
      if (!start) errors[`windows.${i}.start`] = t('visits.request.errors.required');
      if (!end) errors[`windows.${i}.end`] = t('visits.request.errors.required');
      if (start && end && end <= start) errors[`windows.${i}.end`] = t('visits.request.errors.endBeforeStart');
    });
    return errors;
  };
  return (
    <form
      aria-label={t(`visits.actions.${key}.title`)}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const input = { visitId: visit.id, windows: windows.slice(0, MAX_WINDOWS) };
        void submit({
          invalid: invalid(),
          send: async () =>
            action === 'PROPOSE'
              ? (await propose({ variables: { input: { visitId: input.visitId, windows: input.windows, message: note.trim() || null } } })).data?.proposeVisitWindows
              : (await reschedule({ variables: { input: { visitId: input.visitId, windows: input.windows, reason: note.trim() || null } } })).data?.rescheduleVisit,
          done: onDone,
        });
      }}
    >
      <FormFieldset disabled={loading}>
        <Stack gap="sm">
          <Text size="sm">{t(`visits.actions.${key}.intro`)}</Text>
          <WindowsFields
            windows={windows}
            onChange={setWindows}
            hostZone={visit.hostTimeZone}
            otherZone={visit.visitingTimeZone}
            otherName={visit.visitingCity.name}
            errors={fieldErrors}
          />
          <Textarea
            label={t(`visits.actions.${key}.note`)}
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fieldErrors.message ?? fieldErrors.reason}
          />
          <FormErrors errors={generalErrors} failed={failed} />
          <Group>
            <Button type="submit" loading={loading}>
              {t(`visits.actions.${key}.submit`)}
            </Button>
          </Group>
        </Stack>
      </FormFieldset>
    </form>
  );
}

type SimpleAction = 'DECLINE' | 'WITHDRAW' | 'CANCEL' | 'COMPLETE';

/** DECLINE, WITHDRAW, CANCEL (with a reason) and COMPLETE: asked once more in a dialog. */
function ConfirmActionModal({ visit, action, onClose }: { visit: Visit; action: SimpleAction | null; onClose: () => void }) {
  const { t } = useVisitStrings();
  const [reason, setReason] = useState('');
  const { fieldErrors, generalErrors, failed, submit, reset } = useMutationForm(['reason']);
  const [decline, declining] = useMutation(DeclineVisitDocument, REFETCH);
  const [withdraw, withdrawing] = useMutation(WithdrawVisitDocument, REFETCH);
  const [cancel, cancelling] = useMutation(CancelVisitDocument, REFETCH);
  const [complete, completing] = useMutation(CompleteVisitDocument, REFETCH);
  const loading = declining.loading || withdrawing.loading || cancelling.loading || completing.loading;
  const key = action?.toLowerCase() ?? 'cancel';
  const close = () => {
    reset();
    setReason('');
    onClose();
  };
  const run = async () => {
    const base = { visitId: visit.id };
    const why = { ...base, reason: reason.trim() || null };
    if (action === 'DECLINE') return (await decline({ variables: { input: why } })).data?.declineVisit;
    if (action === 'WITHDRAW') return (await withdraw({ variables: { input: why } })).data?.withdrawVisit;
    if (action === 'CANCEL') return (await cancel({ variables: { input: why } })).data?.cancelVisit;
    return (await complete({ variables: { input: base } })).data?.completeVisit;
  };
  return (
    <ConfirmModal
      opened={action !== null}
      onClose={close}
      title={t(`visits.actions.${key}.title`)}
      confirmLabel={t(`visits.actions.${key}.submit`)}
      danger={action !== 'COMPLETE'}
      loading={loading}
      onConfirm={() => void submit({ send: run, done: close })}
    >
      <Text>{t(`visits.actions.${key}.body`, { visiting: visit.visitingCity.name, host: visit.hostCity.name })}</Text>
      {action !== 'COMPLETE' && (
        <Textarea label={t('visits.actions.reason')} autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={fieldErrors.reason} />
      )}
      <FormErrors errors={generalErrors} failed={failed} />
    </ConfirmModal>
  );
}

/** Only what the viewer may do now (Visit.allowedActions): a button each, opening its form or dialog. */
export function VisitActions({ visit }: { visit: Visit }) {
  const { t } = useVisitStrings();
  const actions = visibleActions(visit);
  const [open, setOpen] = useState<VisitAction | null>(null);
  const [asking, setAsking] = useState<SimpleAction | null>(null);
  if (actions.length === 0) return null;
  const inline = open === 'CONFIRM' || open === 'ACCEPT' || open === 'PROPOSE' || open === 'RESCHEDULE' ? open : null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="visit-actions">
      <Stack gap="sm">
        <Title order={2} size="h3" id="visit-actions">
          {t('visits.actions.heading')}
        </Title>
        <Group gap="sm">
          {actions.map((action) => {
            const simple = action === 'DECLINE' || action === 'WITHDRAW' || action === 'CANCEL' || action === 'COMPLETE';
            return (
              <Button
                key={action}
                variant={open === action ? 'filled' : simple && action !== 'COMPLETE' ? 'outline' : 'light'}
                color={simple && action !== 'COMPLETE' ? 'red.9' : undefined}
                aria-expanded={simple ? undefined : open === action}
                onClick={() => (simple ? setAsking(action) : setOpen(open === action ? null : action))}
              >
                {t(`visits.actions.${action.toLowerCase()}.button`)}
              </Button>
            );
          })}
        </Group>
        {(inline === 'CONFIRM' || inline === 'ACCEPT') && <ChooseWindowForm visit={visit} action={inline} onDone={() => setOpen(null)} />}
        {(inline === 'PROPOSE' || inline === 'RESCHEDULE') && <NewWindowsForm visit={visit} action={inline} onDone={() => setOpen(null)} />}
      </Stack>
      <ConfirmActionModal visit={visit} action={asking} onClose={() => setAsking(null)} />
    </Paper>
  );
}
