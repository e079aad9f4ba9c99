import type { ReactNode } from 'react';

/** A <fieldset> without chrome that disables every control inside while a form is submitting. */
export function FormFieldset({ disabled, children }: { disabled: boolean; children: ReactNode }) {
  return (
    <fieldset disabled={disabled} aria-busy={disabled || undefined} className="plain-fieldset">
      {children}
    </fieldset>
  );
}
