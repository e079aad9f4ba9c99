import { PRACTICE_LIMITS } from '@citybridge/domain';
import { ActionIcon, Group, Input, List, Loader, Stack, Text } from '@mantine/core';
import { type ChangeEvent, useId, useState } from 'react';
import { currentLanguage } from '../app/i18n';
import { MAX_UPLOAD_BYTES, UPLOAD_ACCEPT, type UploadedFile, uploadFile } from '../uploads/public';
import { AttachmentItem, type Attachment } from './attachment-list';
import { useAttachmentStrings } from './attachment-strings';

const MAX_MB = Math.round(MAX_UPLOAD_BYTES / (1024 * 1024));

export interface AttachmentsFieldProps {
  /** The attached files' ids, in order (the input's attachmentIds). */
  value: readonly string[];
  onChange: (ids: string[], files: Attachment[]) => void;
  /** The files already attached (the practice's `attachments`), to show their names. */
  initialFiles?: readonly Attachment[];
  /** The city the practice is for: the uploads are recorded for it. */
  citySlug?: string;
  /** The API's userError on attachmentIds after a save. */
  error?: string | null;
  /** For specs; the real one posts to /uploads. */
  upload?: typeof uploadFile;
}

/**
 * The editor's attachments: choose files (PDF or images), each uploaded at once (one after the
 * other, "mengunggah…" while it runs), listed with a remove button. The value is the ids; a refused
 * file is said next to the field in the reader's language (the API's message) and not added.
 */
export function AttachmentsField({ value, onChange, initialFiles = [], citySlug, error, upload = uploadFile }: AttachmentsFieldProps) {
  const { t, i18n } = useAttachmentStrings();
  const id = useId();
  const [known, setKnown] = useState<Map<string, Attachment>>(() => new Map(initialFiles.map((f) => [f.id, f])));
  const [uploading, setUploading] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  // initialFiles may arrive after the first render (the practice loads): both are looked in.
  const lookup = (fileId: string) => known.get(fileId) ?? initialFiles.find((f) => f.id === fileId);
  const files = value.map(lookup).filter((f): f is Attachment => f !== undefined);
  const max = PRACTICE_LIMITS.attachments;

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const chosen = [...(event.target.files ?? [])];
    event.target.value = ''; // the same file can be chosen again after a refusal
    if (!chosen.length) return;
    const language = currentLanguage(i18n);
    const found: string[] = [];
    const ids = [...value];
    const added = new Map([...initialFiles.map((f): [string, Attachment] => [f.id, f]), ...known]);
    for (const file of chosen) {
      if (ids.length >= max) {
        found.push(t('practices.attachments.tooMany', { max }));
        break;
      }
      setUploading(file.name);
      try {
        const result = await upload(file, { language, citySlug });
        if (result.upload) {
          const stored: UploadedFile = result.upload;
          added.set(stored.id, stored);
          ids.push(stored.id);
        } else {
          for (const problem of result.userErrors) found.push(t('practices.attachments.failed', { name: file.name, message: problem.message }));
        }
      } catch {
        found.push(t('practices.attachments.networkError', { name: file.name }));
      }
    }
    setUploading(null);
    setKnown(added);
    setProblems(found);
    if (ids.length !== value.length) onChange(ids, ids.map((fileId) => added.get(fileId)).filter((f): f is Attachment => f !== undefined));
  }

  function remove(fileId: string) {
    const ids = value.filter((other) => other !== fileId);
    onChange(ids, ids.map(lookup).filter((f): f is Attachment => f !== undefined));
  }

  const messages = [...(error ? [error] : []), ...problems];
  return (
    <Stack gap="xs">
      <Input.Wrapper
        id={id}
        label={t('practices.attachments.add')}
        description={t('practices.attachments.addHint', { maxMb: MAX_MB, max })}
        error={messages.length ? messages.map((m) => <span key={m} style={{ display: 'block' }}>{m}</span>) : undefined}
        inputWrapperOrder={['label', 'description', 'input', 'error']}
      >
        <input
          id={id}
          type="file"
          multiple
          accept={UPLOAD_ACCEPT}
          disabled={uploading !== null || value.length >= max}
          onChange={pick}
          aria-invalid={messages.length > 0}
          aria-describedby={`${id}-description${messages.length ? ` ${id}-error` : ''}`}
          style={{ display: 'block', marginTop: 4 }}
        />
      </Input.Wrapper>
      {uploading && (
        <Group gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm">{t('practices.attachments.uploading', { name: uploading })}</Text>
        </Group>
      )}
      {files.length > 0 ? (
        <List listStyleType="none" spacing="xs" aria-label={t('practices.attachments.heading')}>
          {files.map((file) => (
            <List.Item key={file.id}>
              <Group gap="sm" wrap="nowrap" justify="space-between">
                <AttachmentItem file={file} />
                <ActionIcon variant="subtle" color="red" onClick={() => remove(file.id)} aria-label={t('practices.attachments.remove', { name: file.filename })}>
                  <span aria-hidden="true">×</span>
                </ActionIcon>
              </Group>
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed">
          {t('practices.attachments.none')}
        </Text>
      )}
    </Stack>
  );
}
