import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutationForm } from '../app/use-mutation-form';
import { FormErrors, requiredErrors } from '../app/user-errors';
import { MyRepresentationRequestsDocument, RequestCityRepresentationDocument } from '../gql/features/graphql';
import { CityPicker, type PickedCity } from './city-picker';
import { FormFieldset } from '../app/form-fieldset';

const FIELDS = ['citySlug', 'message', 'officialEmail'] as const;

/** "Wakili kota": ask the platform admins to let this account represent a city. */
export function RepresentationForm() {
  const { t } = useTranslation();
  const [city, setCity] = useState<PickedCity | null>(null);
  const [message, setMessage] = useState('');
  const [officialEmail, setOfficialEmail] = useState('');
  const { fieldErrors, generalErrors, failed, submit } = useMutationForm(FIELDS);
  const [sentFor, setSentFor] = useState<string | null>(null);
  // A new picker after each request, so its search text starts empty.
  const [formKey, setFormKey] = useState(0);

  const [requestRepresentation, { loading }] = useMutation(RequestCityRepresentationDocument, {
    update(cache, { data }) {
      const request = data?.requestCityRepresentation.request;
      if (!request) return;
      cache.updateQuery({ query: MyRepresentationRequestsDocument }, (existing) =>
        existing ? { myRepresentationRequests: [request, ...existing.myRepresentationRequests] } : existing,
      );
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSentFor(null);
    const invalid = requiredErrors({ message }, t('forms.required'));
    if (!city) invalid.citySlug = t('representation.cityRequired');
    // Without a city `invalid` stops the submission before anything is sent.
    const input = { citySlug: city?.slug ?? '', message: message.trim(), officialEmail: officialEmail.trim() || null };
    void submit({
      invalid,
      send: async () => (await requestRepresentation({ variables: { input } })).data?.requestCityRepresentation,
      done: ({ request }) => {
        if (!request) return;
        setSentFor(request.city.name);
        setCity(null);
        setMessage('');
        setOfficialEmail('');
        setFormKey((key) => key + 1);
      },
    });
  };

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="represent-heading">
      <FormFieldset disabled={loading}>
        <Stack gap="md" maw={560}>
          {sentFor && (
            <Alert color="teal" variant="light" role="status">
              {t('representation.sent', { city: sentFor })}
            </Alert>
          )}
          <FormErrors errors={generalErrors} failed={failed} />
          <CityPicker
            key={formKey}
            label={t('representation.city')}
            value={city}
            onChange={setCity}
            error={fieldErrors.citySlug}
            required
          />
          <Textarea
            label={t('representation.message')}
            description={t('representation.messageHint')}
            withAsterisk
            autosize
            minRows={3}
            value={message}
            onChange={(event) => setMessage(event.currentTarget.value)}
            error={fieldErrors.message}
          />
          <TextInput
            label={t('representation.officialEmail')}
            description={t('representation.officialEmailHint')}
            type="email"
            autoComplete="email"
            inputMode="email"
            value={officialEmail}
            onChange={(event) => setOfficialEmail(event.currentTarget.value)}
            error={fieldErrors.officialEmail}
          />
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('representation.submit')}
          </Button>
        </Stack>
      </FormFieldset>
    </form>
  );
}
