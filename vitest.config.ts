// Two projects: "fast" for everyday work (`npm run test:fast`; its files share workers without
// isolation) and "slow" for the cross-checks on generated data, the fuzzing, the browser and the
// harness tests, each file in a fresh worker. `npm test` runs both, which is what CI runs (about 8
// minutes on two cores).
import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

const SLOW = [
  "test/analytics/reference-stats.test.ts",
  "test/analytics/stats-many.test.ts",
  "test/claims/fuzz.test.ts",
  "test/claims/true-statements.test.ts",
  "test/claims/non-claims.test.ts",
  "test/claims/ratio-statements.test.ts",
  "test/claims/discourse-statements.test.ts",
  "test/claims/rank-difference-statements.test.ts",
  "test/claims/whole-articles.test.ts",
  "test/**/*-browser.test.ts",
  "test/harness/**/*.test.ts",
  "test/drills/**/*.test.ts",
  "test/server/shared-file.test.ts",
  "test/ingest/many-problems.test.ts",
  "test/ingest/kill.test.ts",
];

/**
 * The slow project's files first, each project's in vitest's own order: vitest runs projects in
 * the order of their names, which put the longest files (the claims fuzz alone is near two minutes)
 * last, one worker finishing them while the other had nothing left. Started first, they run beside
 * each other and the fast project's many short files fill both workers to the end.
 */
class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const slow = (f: TestSpecification) => f.project.name === "slow";
    return [...sorted.filter(slow), ...sorted.filter((f) => !slow(f))];
  }
}

export default defineConfig({
  test: {
    reporters: ["default", "./test/summary-reporter.ts"],
    globalSetup: ["./test/reference-template.ts"],
    // vitest's default is one worker fewer than the cores: on the two of CI, one, and every file ran
    // after the other while the main process idled; the tests wait on DuckDB, children and sockets
    // as much as they compute, so two workers use both cores
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: SlowFirst },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { TZ: "UTC", NO_COLOR: "1" },
    projects: [
      {
        extends: true,
        test: {
          name: "fast",
          include: ["src/**/*.test.ts", "test/**/*.test.ts"],
          exclude: SLOW,
          isolate: false,
        },
      },
      { extends: true, test: { name: "slow", include: SLOW } },
    ],
  },
});
