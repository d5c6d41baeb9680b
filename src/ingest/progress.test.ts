import { describe, expect, it } from "vitest";
import { renderProgress } from "./progress.js";

describe("renderProgress", () => {
  it("draws a bar, the percentage and the bytes read of the total", () => {
    expect(
      renderProgress({ step: "1 comtrade file: reading", fraction: 0.5, bytes: 27e6, done: false }, 3200),
    ).toBe("[3.2 s] 1 comtrade file: reading [############............]  50% (13.5 of 27.0 MB)");
  });

  it("leaves the bytes out of a step that reads no file, and the bar out when DuckDB cannot say", () => {
    expect(renderProgress({ step: "storing", fraction: 1, bytes: null, done: false }, 0)).toBe(
      "[0.0 s] storing [########################] 100%",
    );
    expect(renderProgress({ step: "storing", fraction: null, bytes: null, done: false }, 1500)).toBe(
      "[1.5 s] storing",
    );
  });

  it("keeps only the words of a step that is over", () => {
    expect(
      renderProgress(
        { step: "1 figures file: 6 new, 0 unchanged", fraction: 0.2, bytes: 10, done: true },
        900,
      ),
    ).toBe("[0.9 s] 1 figures file: 6 new, 0 unchanged");
  });
});
