import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from './i18n';
import { splitUserErrors, type UserError } from './user-errors';

/** What every mutation answers with, beside its own result. */
interface Payload {
  userErrors: readonly UserError[];
}

interface Submission<P extends Payload> {
  /** Problems found before asking the API (e.g. `requiredErrors`): any of them stops here. */
  invalid?: Record<string, string>;
  /** Sends the mutation and picks its payload; no payload counts as a failed request. */
  send: () => Promise<P | null | undefined>;
  /** Runs when the payload has no userErrors. Throwing here also shows "request failed". */
  done?: (payload: P) => unknown;
}

/**
 * The errors of a form (or confirm dialog) that sends one mutation: userErrors next to the
 * fields in `formFields` or at the top (`generalErrors`), and `failed` when the request itself
 * failed. Each submission starts with a clean slate.
 */
export function useMutationForm(formFields: readonly string[] = []) {
  const { i18n } = useTranslation();
  const [invalidErrors, setInvalidErrors] = useState<Record<string, string>>({});
  // The API's errors are kept as answered (every language) and worded at render time, so those
  // on screen follow a language switch.
  const [userErrors, setUserErrors] = useState<readonly UserError[]>([]);
  const [failed, setFailed] = useState(false);
  const { fields, general: generalErrors } = splitUserErrors(userErrors, formFields, currentLanguage(i18n));
  const fieldErrors = { ...invalidErrors, ...fields };

  /** Never rejects: whatever goes wrong ends up in the returned state. */
  const submit = async <P extends Payload>({ invalid = {}, send, done }: Submission<P>): Promise<void> => {
    setFailed(false);
    setUserErrors([]);
    setInvalidErrors(invalid);
    if (Object.keys(invalid).length > 0) return;
    try {
      const payload = await send();
      if (!payload) throw new Error('no answer');
      if (payload.userErrors.length > 0) {
        setUserErrors(payload.userErrors);
        return;
      }
      await done?.(payload);
    } catch {
      setFailed(true);
    }
  };

  /** Forgets the last submission's errors (a dialog being closed). */
  const reset = () => {
    setInvalidErrors({});
    setUserErrors([]);
    setFailed(false);
  };

  return { fieldErrors, generalErrors, failed, submit, reset };
}
