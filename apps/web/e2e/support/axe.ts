// axe-core in the browser journeys: what a page violates, by impact, and a check that fails on any
// serious or critical violation (issue 10: zero of them on every page, desktop and phone).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export type AxeViolation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** The impacts that fail a journey; minor and moderate ones are printed but allowed. */
export const BLOCKING_IMPACTS = ['serious', 'critical'] as const;

export interface AxeSummary {
  violations: AxeViolation[];
  blocking: AxeViolation[];
  /** Violating elements per impact, e.g. { serious: 2, moderate: 1 }. */
  countsByImpact: Record<string, number>;
}

/** Runs axe-core (WCAG 2.2 A/AA and best practices) on the page as it is now. */
export async function axeSummary(page: Page): Promise<AxeSummary> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const countsByImpact: Record<string, number> = {};
  for (const violation of violations) {
    const impact = violation.impact ?? 'unknown';
    countsByImpact[impact] = (countsByImpact[impact] ?? 0) + violation.nodes.length;
  }
  const blocking = violations.filter((v) => (BLOCKING_IMPACTS as readonly string[]).includes(v.impact ?? ''));
  return { violations, blocking, countsByImpact };
}

/** One line per violation: rule, impact, how many elements, and the first element's selector. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.help} — e.g. ${v.nodes[0]?.target.join(' ')}`)
    .join('\n');
}

/**
 * Fails (softly, so the journey goes on to the next page) when the page has a serious or critical
 * violation, and returns the summary so the caller can print the counts.
 */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<AxeSummary> {
  const summary = await axeSummary(page);
  expect.soft(summary.blocking, `serious or critical axe violations on ${label}:\n${describeViolations(summary.blocking)}`).toEqual([]);
  return summary;
}
