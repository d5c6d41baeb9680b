// Ends a test run with one plain line, "N passed, N failed, N skipped", that any CI reader
// understands, after vitest's own report. A file or suite that fails outside its tests (a failed
// import or hook) counts as one failure, so the line never reads "0 failed" for a failing run.
import type { Reporter, TestModule } from "vitest/node";

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const count = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      let failedTests = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") count.passed++;
        else if (state === "failed") failedTests++;
        else count.skipped++;
      }
      count.failed += failedTests;
      if (module.state() === "failed" && failedTests === 0) count.failed++;
    }
    process.stdout.write(`\n${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped\n`);
  }
}
