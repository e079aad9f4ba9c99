import { Anchor, Group, List, Stack, Text, Title } from '@mantine/core';
import { currentLanguage } from '../app/i18n';
import { attachmentKind, fileSize } from './attachment-format';
import { useAttachmentStrings } from './attachment-strings';

export interface Attachment {
  id: string;
  filename: string;
  contentType: string;
  byteSize: number;
  url: string;
}

/** One file: its name linked to where it is served, what it is and how large; an image shows a small preview. */
export function AttachmentItem({ file }: { file: Attachment }) {
  const { t, i18n } = useAttachmentStrings();
  const kind = attachmentKind(file.contentType);
  return (
    <Group gap="sm" wrap="nowrap" align="center">
      {kind === 'image' && (
        <img src={file.url} alt={file.filename} width={48} height={48} loading="lazy" style={{ objectFit: 'cover', borderRadius: 4 }} />
      )}
      <Stack gap={0}>
        <Anchor href={file.url} style={{ overflowWrap: 'anywhere' }}>
          {file.filename}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t('practices.attachments.details', { type: t(`practices.attachments.${kind}`), size: fileSize(file.byteSize, currentLanguage(i18n)) })}
        </Text>
      </Stack>
    </Group>
  );
}

/** The practice page's "Lampiran": nothing when there are none. */
export function AttachmentList({ files }: { files: readonly Attachment[] }) {
  const { t } = useAttachmentStrings();
  if (files.length === 0) return null;
  return (
    <Stack component="section" gap="sm" aria-labelledby="practice-attachments">
      <Title order={2} size="h3" id="practice-attachments">
        {t('practices.attachments.heading')}
      </Title>
      <List listStyleType="none" spacing="sm">
        {files.map((file) => (
          <List.Item key={file.id}>
            <AttachmentItem file={file} />
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
