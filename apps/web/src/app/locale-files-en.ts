// The English strings of every feature, in a chunk of their own (see locale-files.ts).
import type { Messages } from './locale-files';

export const localeFilesEn: Record<string, Messages> = import.meta.glob('/src/*/locales/en.json', {
  eager: true,
  import: 'default',
});
