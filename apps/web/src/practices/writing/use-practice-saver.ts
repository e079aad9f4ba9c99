import { useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { EditorUpdatePracticeDocument } from '../../gql/features/graphql';
import type { UserError } from '../../app/user-errors';
import { type EditorPractice, type EditorValues, formField, inputOf } from './editor-values';

/** How long typing must pause before a draft is saved by itself. */
export const AUTOSAVE_DELAY_MS = 1500;

export type SaveStatus =
  /** Nothing changed since the last save (or since opening). */
  | 'saved'
  /** Changes wait for the pause in typing (autosave) or for the save button. */
  | 'dirty'
  | 'saving'
  /** The form or the API found a problem: nothing was stored. */
  | 'invalid'
  /** The request failed (network, server): nothing was stored; the next change or "save" tries again. */
  | 'failed'
  /** Someone saved a newer version: nothing more is saved until the editor reloads it. */
  | 'stale';

export interface SaverState {
  status: SaveStatus;
  savedAt: Date | null;
  version: number;
  /** The API's userErrors, by form field (`texts.EN.title`, `links.0.url`). */
  fieldErrors: Record<string, string>;
  /** userErrors for no field of the form, and the STALE_VERSION one. */
  generalErrors: UserError[];
}

const json = (values: EditorValues) => JSON.stringify(inputOf(values).input);

/**
 * Saves the editor's values with updatePractice and the version they were based on. With `auto`,
 * a save follows each pause in typing; never while the form has problems, and never again after
 * STALE_VERSION (the newer version is not overwritten). `save()` saves now (and before submitting).
 */
export function usePracticeSaver(practice: EditorPractice, values: EditorValues, { auto, valid }: { auto: boolean; valid: boolean }) {
  const [update] = useMutation(EditorUpdatePracticeDocument);
  const [state, setState] = useState<SaverState>({
    status: 'saved',
    savedAt: null,
    version: practice.version,
    fieldErrors: {},
    generalErrors: [],
  });
  const saved = useRef(json(values));
  const version = useRef(practice.version);
  const latest = useRef(values);
  latest.current = values;
  const inFlight = useRef<Promise<number | null> | null>(null);
  const stale = useRef(false);

  /** Saves now; the version saved (or already stored), null when nothing could be saved. */
  const save = useCallback(async (): Promise<number | null> => {
    if (stale.current) return null;
    if (inFlight.current) await inFlight.current;
    const current = latest.current;
    const sent = json(current);
    if (sent === saved.current) return version.current;
    const { input, textLanguages, linkRows } = inputOf(current);
    setState((s) => ({ ...s, status: 'saving' }));
    const run = (async () => {
      try {
        const { data } = await update({ variables: { input: { ...input, practiceId: practice.id, expectedVersion: version.current } } });
        const payload = data?.updatePractice;
        if (!payload) throw new Error('no answer');
        if (payload.userErrors.length > 0) {
          const isStale = payload.userErrors.some((e) => e.code === 'STALE_VERSION');
          stale.current = isStale;
          const fieldErrors: Record<string, string> = {};
          const generalErrors: UserError[] = [];
          for (const error of payload.userErrors) {
            if (error.field && error.code !== 'STALE_VERSION' && error.field !== 'practiceId') {
              const key = formField(error.field, textLanguages, linkRows);
              fieldErrors[key] = fieldErrors[key] ? `${fieldErrors[key]} ${error.message}` : error.message;
            } else generalErrors.push(error);
          }
          setState((s) => ({ ...s, status: isStale ? 'stale' : 'invalid', fieldErrors, generalErrors }));
          return null;
        }
        if (!payload.practice) throw new Error('no practice');
        version.current = payload.practice.version;
        saved.current = sent;
        const changedMeanwhile = json(latest.current) !== sent;
        setState({ status: changedMeanwhile ? 'dirty' : 'saved', savedAt: new Date(), version: payload.practice.version, fieldErrors: {}, generalErrors: [] });
        return version.current;
      } catch {
        setState((s) => ({ ...s, status: 'failed' }));
        return null;
      }
    })();
    inFlight.current = run;
    try {
      return await run;
    } finally {
      inFlight.current = null;
    }
  }, [practice.id, update]);

  // Every change: dirty (or invalid), and with autosave a save after the pause.
  useEffect(() => {
    if (stale.current) return;
    if (json(values) === saved.current) {
      setState((s) => (s.status === 'dirty' || s.status === 'invalid' ? { ...s, status: 'saved' } : s));
      return;
    }
    if (!valid) {
      setState((s) => (s.status === 'saving' ? s : { ...s, status: 'invalid' }));
      return;
    }
    setState((s) => (s.status === 'saving' ? s : { ...s, status: 'dirty' }));
    if (!auto) return;
    const timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [values, valid, auto, save]);

  // Leaving for another page of the app within the pause: the draft is saved on the way out.
  const leaving = useRef({ auto, valid, save });
  leaving.current = { auto, valid, save };
  useEffect(
    () => () => {
      const { auto: autoNow, valid: validNow, save: saveNow } = leaving.current;
      if (autoNow && validNow && !stale.current && json(latest.current) !== saved.current) void saveNow();
    },
    [],
  );

  // Leaving the page with unsaved changes asks first (the browser's own dialog).
  useEffect(() => {
    if (state.status === 'saved') return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [state.status]);

  return { ...state, save, unsaved: state.status !== 'saved' };
}
