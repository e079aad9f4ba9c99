import { LAST_SDG, PRACTICE_LIMITS, SMART_CITY_DIMENSIONS } from '@citybridge/domain';
import {
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PracticeLanguage } from '../../gql/features/graphql';
import { AttachmentsField } from '../attachments-field';
import { useAttachmentStrings } from '../attachment-strings';
import {
  BODY_FIELDS,
  EDITOR_LANGUAGES,
  type EditorValues,
  hasText,
  type LinkValues,
  type Problem,
  splitTags,
  type TextField,
} from './editor-values';
import { MarkdownPreview } from './markdown-preview';
import './editor-styles';
import './writing.css';

const SDGS = Array.from({ length: LAST_SDG }, (_, i) => i + 1);

export interface EditorFormProps {
  values: EditorValues;
  onChange: (update: (values: EditorValues) => EditorValues) => void;
  /** The form's own checks; shown for the fields in `shown` (changed ones, or all after a save attempt). */
  problems: Record<string, Problem>;
  shown: (field: string) => boolean;
  /** The API's userErrors by form field: always shown. */
  serverErrors: Record<string, string>;
  /** The cities the user may write for; null when the city is fixed (an existing practice). */
  cities: { slug: string; name: string }[] | null;
  cityName?: string;
  topics: { code: string; label: string }[];
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper component="section" withBorder p={{ base: 'sm', sm: 'md' }} radius="md" aria-label={title}>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** Every field of a practice, with its problems next to it; the texts per language with a live preview. */
export function EditorForm({ values, onChange, problems, shown, serverErrors, cities, cityName, topics }: EditorFormProps) {
  const { t } = useTranslation();
  useAttachmentStrings(); // the attachments' section title below
  const error = (field: string): string | undefined => {
    if (serverErrors[field]) return serverErrors[field];
    const problem = problems[field];
    return problem && shown(field) ? t(`practiceEditor.errors.${problem.key}`, problem.params) : undefined;
  };
  const set = <K extends keyof EditorValues>(key: K, value: EditorValues[K]) => onChange((v) => ({ ...v, [key]: value }));
  const setText = (language: PracticeLanguage, field: TextField, value: string) =>
    onChange((v) => ({ ...v, texts: { ...v.texts, [language]: { ...v.texts[language], [field]: value } } }));
  const setLink = (row: number, link: Partial<LinkValues>) =>
    onChange((v) => ({ ...v, links: v.links.map((old, i) => (i === row ? { ...old, ...link } : old)) }));
  const tags = splitTags(values.tags);

  return (
    <Stack gap="md">
      <Section title={t('practiceEditor.sections.about')}>
        {cities ? (
          <NativeSelect
            label={t('practiceEditor.fields.city')}
            description={t('practiceEditor.hints.city')}
            withAsterisk
            data={[{ value: '', label: t('practiceEditor.choose') }, ...cities.map((c) => ({ value: c.slug, label: c.name }))]}
            value={values.citySlug}
            onChange={(e) => set('citySlug', e.currentTarget.value)}
            error={error('citySlug')}
          />
        ) : (
          <Text>
            <Text span fw={600}>
              {t('practiceEditor.fields.city')}:
            </Text>{' '}
            {cityName}
          </Text>
        )}
        <NativeSelect
          label={t('practiceEditor.fields.topic')}
          withAsterisk
          data={[{ value: '', label: t('practiceEditor.choose') }, ...topics.map((topic) => ({ value: topic.code, label: topic.label }))]}
          value={values.topic}
          onChange={(e) => set('topic', e.currentTarget.value)}
          error={error('topic')}
        />
        <TextInput
          label={t('practiceEditor.fields.agency')}
          description={t('practiceEditor.hints.agency')}
          value={values.agency}
          onChange={(e) => set('agency', e.currentTarget.value)}
          error={error('agency')}
        />
      </Section>

      <Section title={t('practiceEditor.sections.texts')}>
        <Text size="sm">{t('practiceEditor.hints.languages')}</Text>
        <Text size="sm" c="dimmed">
          {t('practiceEditor.hints.markdown')}
        </Text>
        {serverErrors.texts && (
          <Text c="red.8" size="sm" role="alert">
            {serverErrors.texts}
          </Text>
        )}
        <Tabs defaultValue="ID" keepMounted={false}>
          <Tabs.List>
            {EDITOR_LANGUAGES.map((language) => {
              const withProblem = Object.keys(problems).some((k) => k.startsWith(`texts.${language}.`) && shown(k)) ||
                Object.keys(serverErrors).some((k) => k.startsWith(`texts.${language}.`));
              return (
                <Tabs.Tab key={language} value={language}>
                  {t(`practiceEditor.languages.${language}`)}
                  {language === 'EN' && !hasText(values.texts.EN) ? ` ${t('practiceEditor.optional')}` : ''}
                  {withProblem && (
                    <Badge ml={6} size="xs" color="red.9" variant="filled">
                      {t('practiceEditor.tabHasProblem')}
                    </Badge>
                  )}
                </Tabs.Tab>
              );
            })}
          </Tabs.List>
          {EDITOR_LANGUAGES.map((language) => {
            const text = values.texts[language];
            const key = (field: TextField) => `texts.${language}.${field}`;
            return (
              <Tabs.Panel key={language} value={language} pt="md">
                <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
                  <Stack gap="sm" lang={language.toLowerCase()}>
                    <TextInput
                      label={t('practiceEditor.fields.title')}
                      withAsterisk={language === 'ID' || hasText(text)}
                      value={text.title}
                      onChange={(e) => setText(language, 'title', e.currentTarget.value)}
                      error={error(key('title'))}
                    />
                    <Textarea
                      label={t('practiceEditor.fields.summary')}
                      description={t('practiceEditor.hints.limit', { max: PRACTICE_LIMITS.summary })}
                      autosize
                      minRows={2}
                      maxRows={8}
                      value={text.summary}
                      onChange={(e) => setText(language, 'summary', e.currentTarget.value)}
                      error={error(key('summary'))}
                    />
                    {BODY_FIELDS.map((field) => (
                      <Textarea
                        key={field}
                        label={t(`practiceEditor.fields.${field}`)}
                        description={t(`practiceEditor.hints.${field}`)}
                        autosize
                        minRows={4}
                        maxRows={16}
                        value={text[field]}
                        onChange={(e) => setText(language, field, e.currentTarget.value)}
                        error={error(key(field))}
                      />
                    ))}
                  </Stack>
                  <Paper
                    component="section"
                    withBorder
                    p="sm"
                    radius="md"
                    bg="gray.0"
                    aria-label={t('practiceEditor.preview', { language: t(`practiceEditor.languages.${language}`) })}
                    lang={language.toLowerCase()}
                  >
                    <Stack gap="xs">
                      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
                        {t('practiceEditor.preview', { language: t(`practiceEditor.languages.${language}`) })}
                      </Text>
                      <Title order={3}>{text.title || t('practiceEditor.untitled')}</Title>
                      <MarkdownPreview markdown={text.summary} />
                      {BODY_FIELDS.filter((field) => text[field].trim()).map((field) => (
                        <Stack key={field} gap={4}>
                          <Title order={4}>{t(`practiceEditor.fields.${field}`)}</Title>
                          <MarkdownPreview markdown={text[field]} />
                        </Stack>
                      ))}
                    </Stack>
                  </Paper>
                </SimpleGrid>
              </Tabs.Panel>
            );
          })}
        </Tabs>
      </Section>

      <Section title={t('practiceEditor.sections.classification')}>
        <Checkbox.Group
          label={t('practiceEditor.fields.dimensions')}
          value={values.dimensions}
          onChange={(dimensions) => set('dimensions', dimensions)}
          error={error('dimensions')}
        >
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs" mt="xs">
            {SMART_CITY_DIMENSIONS.map((dimension) => (
              <Checkbox key={dimension} value={dimension} label={t(`practiceEditor.dimensions.${dimension}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Checkbox.Group
          label={t('practiceEditor.fields.sdgs')}
          value={values.sdgs.map(String)}
          onChange={(sdgs) => set('sdgs', sdgs.map(Number).sort((a, b) => a - b))}
          error={error('sdgs')}
        >
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs" mt="xs">
            {SDGS.map((sdg) => (
              <Checkbox key={sdg} value={String(sdg)} label={t('practiceEditor.sdg', { number: sdg, name: t(`practiceEditor.sdgs.${sdg}`) })} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <TextInput
          label={t('practiceEditor.fields.tags')}
          description={t('practiceEditor.hints.tags', { max: PRACTICE_LIMITS.tags })}
          value={values.tags}
          onChange={(e) => set('tags', e.currentTarget.value)}
          error={error('tags')}
        />
        {tags.length > 0 && (
          <Group gap={4} aria-label={t('practiceEditor.fields.tags')}>
            {tags.map((tag) => (
              <Badge key={tag} variant="light" color="gray" style={{ textTransform: 'none' }}>
                {tag}
              </Badge>
            ))}
          </Group>
        )}
      </Section>

      <Section title={t('practiceEditor.sections.costAndYears')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label={t('practiceEditor.fields.costAmount')}
            description={t('practiceEditor.hints.costAmount')}
            inputMode="decimal"
            value={values.costAmount}
            onChange={(e) => set('costAmount', e.currentTarget.value)}
            error={error('costAmount')}
          />
          <TextInput
            label={t('practiceEditor.fields.costCurrency')}
            description={t('practiceEditor.hints.costCurrency')}
            maxLength={3}
            value={values.costCurrency}
            onChange={(e) => set('costCurrency', e.currentTarget.value.toUpperCase())}
            error={error('costCurrency')}
          />
          <TextInput
            label={t('practiceEditor.fields.costYear')}
            inputMode="numeric"
            value={values.costYear}
            onChange={(e) => set('costYear', e.currentTarget.value)}
            error={error('costYear')}
          />
          <TextInput
            label={t('practiceEditor.fields.startYear')}
            inputMode="numeric"
            value={values.startYear}
            onChange={(e) => set('startYear', e.currentTarget.value)}
            error={error('startYear')}
          />
          <TextInput
            label={t('practiceEditor.fields.endYear')}
            description={t('practiceEditor.hints.endYear')}
            inputMode="numeric"
            value={values.endYear}
            onChange={(e) => set('endYear', e.currentTarget.value)}
            error={error('endYear')}
          />
        </SimpleGrid>
      </Section>

      <Section title={t('practiceEditor.sections.contactAndLinks')}>
        <Textarea
          label={t('practiceEditor.fields.contact')}
          description={t('practiceEditor.hints.contact')}
          autosize
          minRows={2}
          value={values.contact}
          onChange={(e) => set('contact', e.currentTarget.value)}
          error={error('contact')}
        />
        <Stack gap="xs" component="fieldset" className="plain-fieldset">
          <Text component="legend" fw={500} size="sm">
            {t('practiceEditor.fields.links')}
          </Text>
          {values.links.map((link, row) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place.
            <Group key={row} align="flex-start" gap="xs" wrap="wrap">
              <TextInput
                label={t('practiceEditor.fields.linkUrl', { number: row + 1 })}
                placeholder="https://"
                inputMode="url"
                value={link.url}
                onChange={(e) => setLink(row, { url: e.currentTarget.value })}
                error={error(`links.${row}.url`)}
                style={{ flex: '2 1 16rem' }}
              />
              <TextInput
                label={t('practiceEditor.fields.linkLabel', { number: row + 1 })}
                value={link.label}
                onChange={(e) => setLink(row, { label: e.currentTarget.value })}
                error={error(`links.${row}.label`)}
                style={{ flex: '1 1 12rem' }}
              />
              <Button
                variant="subtle"
                color="red"
                c="red.9"
                mt={{ base: 0, sm: 24 }}
                onClick={() => set('links', values.links.filter((_, i) => i !== row))}
              >
                {t('practiceEditor.removeLink', { number: row + 1 })}
              </Button>
            </Group>
          ))}
          {error('links') && (
            <Text c="red.8" size="sm">
              {error('links')}
            </Text>
          )}
          {values.links.length < PRACTICE_LIMITS.links && (
            <Button variant="default" style={{ alignSelf: 'flex-start' }} onClick={() => set('links', [...values.links, { url: '', label: '' }])}>
              {t('practiceEditor.addLink')}
            </Button>
          )}
        </Stack>
      </Section>

      <Section title={t('practices.attachments.heading')}>
        <AttachmentsField
          value={values.attachments.map((file) => file.id)}
          initialFiles={values.attachments}
          citySlug={values.citySlug || undefined}
          error={error('attachmentIds')}
          onChange={(_, files) => set('attachments', files)}
        />
      </Section>
    </Stack>
  );
}
