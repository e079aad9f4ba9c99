import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../app/page-title';
import { useMutationForm } from '../app/use-mutation-form';
import { FormErrors } from '../app/user-errors';
import { ConfirmOfficialEmailDocument } from '../gql/features/graphql';
import { useMembershipStrings } from './membership-strings';

/**
 * `/konfirmasi-alamat-resmi?token=`: opened from the mail sent to the official address of a request
 * to represent a city. Confirming takes a click, so a mail scanner that follows links confirms nothing.
 */
export function OfficialEmailPage() {
  const { t } = useMembershipStrings();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { generalErrors, failed, submit } = useMutationForm();
  const [confirmed, setConfirmed] = useState(false);
  const [confirm, { loading }] = useMutation(ConfirmOfficialEmailDocument);

  const onConfirm = () => {
    void submit({
      send: async () => (await confirm({ variables: { input: { token } } })).data?.confirmOfficialEmail,
      done: (payload) => setConfirmed(payload.confirmed),
    });
  };

  return (
    <Stack gap="md" py="xl" align="flex-start" maw={640}>
      <PageTitle title={t('officialEmail.title')} />
      <Title order={1}>{t('officialEmail.title')}</Title>
      {confirmed ? (
        <Alert color="teal" variant="light" role="status" title={t('officialEmail.doneTitle')}>
          {t('officialEmail.done')}
        </Alert>
      ) : (
        <>
          <Text>{t('officialEmail.intro')}</Text>
          <FormErrors errors={generalErrors} failed={failed} title={t('officialEmail.failed')} />
          <Button onClick={onConfirm} loading={loading} disabled={!token}>
            {t('officialEmail.confirm')}
          </Button>
        </>
      )}
      <Button component={Link} to="/" variant="default">
        {t('officialEmail.home')}
      </Button>
    </Stack>
  );
}
