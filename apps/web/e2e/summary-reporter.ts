import type { Reporter, TestCase, TestError, TestResult, TestStep } from '@playwright/test/reporter';

/**
 * Counts the journeys' steps (top-level `test.step`s) and ends with one line, `N passed, M failed`,
 * which CI reads. A failure outside any step (browser, server start) counts as one failed step; a
 * journey stops at its first failed step, so the steps after it are not counted.
 */
export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;

  onStepEnd(_test: TestCase, _result: TestResult, step: TestStep): void {
    if (step.category !== 'test.step' || step.parent) return;
    if (step.error) this.failed += 1;
    else this.passed += 1;
  }

  onTestEnd(_test: TestCase, result: TestResult): void {
    const stepFailed = result.steps.some((step) => step.category === 'test.step' && step.error);
    if (result.status !== 'passed' && !stepFailed) this.failed += 1;
  }

  onError(_error: TestError): void {
    this.failed += 1;
  }

  onEnd(): void {
    console.log(`${this.passed} passed, ${this.failed} failed`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
