import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Stack, Stepper, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageTitle } from '../app/page-title';
import { ErrorState, LoadingState } from '../app/status-views';
import { useMutationForm } from '../app/use-mutation-form';
import { FormErrors } from '../app/user-errors';
import { useViewer } from '../app/viewer';
import { MyVisitsDocument, RequestVisitDocument, VisitInboxDocument, VisitRequestCitiesDocument } from '../gql/features/graphql';
import { DatesStep, HostStep, ReviewStep, RosterStep } from './request-steps';
import { formFields, initialValues, PURPOSE_MAX, type RequestValues, requestInput, STEPS, stepErrors, stepOfField } from './request-values';
import { useVisitStrings } from './visit-strings';
import { requestingCities } from './visits-page';

/** The wizard itself, once the viewer's requesting cities are known. */
function RequestWizard({ visitingCities }: { visitingCities: { slug: string; name: string }[] }) {
  const { t } = useVisitStrings();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // Everything typed lives here, above the steps: going back and forth loses nothing.
  const [values, setValues] = useState<RequestValues>(() =>
    initialValues(visitingCities[0]?.slug ?? '', params.get('tuan-rumah'), params.get('praktik')),
  );
  const [active, setActive] = useState(0);
  const [checked, setChecked] = useState<Record<string, string>>({});
  const change = (patch: Partial<RequestValues>) => setValues((current) => ({ ...current, ...patch }));
  const { fieldErrors, generalErrors, failed, submit } = useMutationForm(formFields(values));
  const [request, { loading: sending }] = useMutation(RequestVisitDocument, { refetchQueries: [VisitInboxDocument, MyVisitsDocument] });

  const hostSlug = values.host?.slug ?? '';
  const { data, error } = useQuery(VisitRequestCitiesDocument, {
    variables: { host: hostSlug, visiting: values.visitingSlug, skipHost: !hostSlug },
  });
  const host = hostSlug && data?.host?.slug === hostSlug ? data.host : null;
  const visiting = data?.visiting ?? null;
  const hostPractices = host ? (data?.hostPractices?.nodes ?? []) : null;
  const unknownHost = Boolean(hostSlug && data && data.host === null);

  const messages = useMemo(
    () => ({
      required: t('visits.request.errors.required'),
      endBeforeStart: t('visits.request.errors.endBeforeStart'),
      inPast: t('visits.request.errors.inPast'),
      invalidDate: t('visits.request.errors.invalidDate'),
      invalidEmail: t('visits.request.errors.invalidEmail'),
      invalidNumber: t('visits.request.errors.invalidNumber'),
      tooLong: t('visits.request.errors.tooLong', { max: PURPOSE_MAX }),
    }),
    [t],
  );
  const errors: Record<string, string | undefined> = { ...fieldErrors, ...checked };
  if (unknownHost) errors.hostCityId = t('visits.request.errors.unknownHost');

  /** Checks the steps before `target`; stops at the first with a problem. */
  const goTo = (target: number) => {
    for (let step = 0; step < target; step += 1) {
      const found = stepErrors(step, values, host?.timeZone.iana ?? null, messages);
      if (step === 0 && (unknownHost || !host)) found.hostCityId ??= messages.required;
      if (Object.keys(found).length > 0) {
        setChecked(found);
        setActive(step);
        return;
      }
    }
    setChecked({});
    setActive(target);
  };

  const send = () => {
    if (!host || !visiting) return;
    void submit({
      send: async () => {
        const payload = (await request({ variables: { input: requestInput(values, visiting.id, host.id) } })).data?.requestVisit;
        // The API named fields: show the first step that has one of them.
        const fields = (payload?.userErrors ?? []).map((e) => e.field).filter((f): f is string => Boolean(f));
        if (fields.length > 0) setActive(Math.min(...fields.map(stepOfField)));
        return payload;
      },
      done: async ({ visit }) => {
        if (visit) await navigate(`/kunjungan/${visit.id}`);
      },
    });
  };

  if (error && !data) return <ErrorState message={t('visits.request.loadError')} />;
  const stepLabel = (step: (typeof STEPS)[number]) => t(`visits.request.steps.${step}`);
  const ready = host && visiting;
  return (
    <Stack gap="lg">
      <Stepper active={active} onStepClick={(step) => (step < active ? setActive(step) : goTo(step))} allowNextStepsSelect={false} size="sm">
        <Stepper.Step label={stepLabel('host')}>
          <HostStep
            values={values}
            change={change}
            errors={errors}
            visitingCities={visitingCities}
            hostPractices={hostPractices}
            hostName={host?.name ?? ''}
          />
        </Stepper.Step>
        <Stepper.Step label={stepLabel('dates')}>
          {ready ? <DatesStep values={values} change={change} errors={errors} host={host} visiting={visiting} /> : <LoadingState label={t('visits.request.loading')} />}
        </Stepper.Step>
        <Stepper.Step label={stepLabel('roster')}>
          <RosterStep values={values} change={change} errors={errors} />
        </Stepper.Step>
        <Stepper.Step label={stepLabel('review')}>
          {ready ? <ReviewStep values={values} host={host} visiting={visiting} hostPractices={hostPractices ?? []} goTo={setActive} /> : null}
        </Stepper.Step>
      </Stepper>
      <FormErrors errors={generalErrors} failed={failed} />
      <Group justify="space-between">
        <Button variant="default" onClick={() => setActive(active - 1)} disabled={active === 0 || sending}>
          {t('visits.request.back')}
        </Button>
        {active < STEPS.length - 1 ? (
          <Button onClick={() => goTo(active + 1)}>{t('visits.request.next')}</Button>
        ) : (
          <Button onClick={send} loading={sending} disabled={!ready}>
            {t('visits.request.submit')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/** `/kunjungan/ajukan`: an editor or admin asks another city for a working visit. */
export function RequestVisitPage() {
  const { t } = useVisitStrings();
  const { viewer, loading } = useViewer();
  const cities = requestingCities(viewer);
  let body: React.ReactNode;
  if (loading) body = <LoadingState label={t('visits.request.loading')} />;
  else if (!viewer)
    body = (
      <Alert color="blue" variant="light">
        <Text>
          {t('visits.request.signInFirst')}{' '}
          {/* Dark and underlined: the light blue alert would leave the default link colour at 4.1:1. */}
          <Anchor component={Link} to="/masuk?next=%2Fkunjungan%2Fajukan" c="blue.9" underline="always">
            {t('visits.request.signIn')}
          </Anchor>
        </Text>
      </Alert>
    );
  else if (cities.length === 0)
    body = (
      <Alert color="blue" variant="light">
        {t('visits.request.notAnEditor')}
      </Alert>
    );
  else body = <RequestWizard visitingCities={cities} />;
  return (
    <Stack gap="lg">
      <PageTitle title={t('visits.request.title')} />
      <Stack gap="xs">
        <Anchor component={Link} to="/kunjungan" size="sm">
          {t('visits.backToVisits')}
        </Anchor>
        <Title order={1}>{t('visits.request.title')}</Title>
        <Text>{t('visits.request.intro')}</Text>
      </Stack>
      {body}
    </Stack>
  );
}
