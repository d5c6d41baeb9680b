// A difference in tonnes printed with two digits swapped ("189 tonnes less" of a fall of 198 t) is
// within what a revision of the two levels could move it, but a revision would have to land on
// exactly that figure: where the sources agree on both levels, it is the writer's slip, and wrong.
import { describe, expect, it } from "vitest";
import { swappedDigits } from "../../src/claims/verify/check-figures.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("swappedDigits", () => {
  it.each([
    [189, 198, true],
    [1043, 1034, true],
    [198, 198, false],
    [190, 198, false],
    [891, 198, false],
    [1890, 198, false],
  ])("%d against %d: %s", (stated, actual, swapped) => {
    expect(swappedDigits(stated, actual)).toBe(swapped);
  });
});

describe("a difference with two digits swapped", () => {
  it("is wrong when series, destination and months are named", async () => {
    const text =
      "Chinese rare-earth magnet exports slipped to 5,952 tonnes in December, 189 tonnes fewer than in November.";
    expect((await readingAt(store, text, "189 tonnes fewer", "2026-01-22")).verdict).toBe("contradicted");
  });

  it("is borne out when printed right", async () => {
    const text =
      "Chinese rare-earth magnet exports slipped to 5,952 tonnes in December, 198 tonnes fewer than in November.";
    expect((await readingAt(store, text, "198 tonnes fewer", "2026-01-22")).verdict).toBe("supported");
  });

  it("stays a near miss when the digits are not merely swapped", async () => {
    const text =
      "Chinese rare-earth magnet exports slipped to 5,952 tonnes in December, 187 tonnes fewer than in November.";
    expect((await readingAt(store, text, "187 tonnes fewer", "2026-01-22")).verdict).toBe("unverifiable");
  });
});
