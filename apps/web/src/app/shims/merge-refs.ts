// What Mantine's ScrollArea takes from @floating-ui/react: only `useMergeRefs`. Importing it from
// there makes every page with a Table (Table → ScrollArea) download floating-ui's positioning
// engine (about 10 kB gzipped) that only popovers use. vite.config.ts points ScrollArea's import
// here; Mantine's own hook does the same job (same contract: one ref callback for many refs).
import { useMergedRef } from '@mantine/hooks';
import type { Ref } from 'react';

export function useMergeRefs<T>(refs: Array<Ref<T> | undefined>): (instance: T | null) => void {
  return useMergedRef<T>(...(refs as Ref<T>[]));
}
