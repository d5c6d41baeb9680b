// "The highest this year after August": most often August beat it, but the words may also say the
// months after August, so a month named there that the data holds below the figure leaves the rank
// open, where it had been supported on the rank alone; "behind August" can only except August.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a highest said with the month after it", () => {
  it("supports the month that was higher", async () => {
    const c = await claimAt(
      store,
      "China's rare earth magnet exports in August were the highest this year after January.",
      "highest this year after January",
      "2025-09-20",
    );
    expect(c?.verdict).toBe("supported");
    expect(c?.stated).toMatchObject({ type: "rank", n: 2, above: ["2025-01"], aboveMayBeWhen: true });
  });

  it("leaves open a month named that was lower, which may say when the window starts", async () => {
    const c = await claimAt(
      store,
      "China's rare earth magnet exports in August were the highest this year after July.",
      "highest this year after July",
      "2025-09-20",
    );
    expect(c?.verdict).toBe("unverifiable");
    expect(c?.explanation).toMatch(/July 2025's 5,577 t was below 6,146 t/);
  });

  it("contradicts a month named with 'behind' that was lower", async () => {
    const c = await claimAt(
      store,
      "China's rare earth magnet exports in August were the highest this year behind July.",
      "highest this year behind July",
      "2025-09-20",
    );
    expect(c?.verdict).toBe("contradicted");
    expect(c?.stated).toMatchObject({ type: "rank", n: 2, above: ["2025-07"] });
    expect(c?.stated).not.toHaveProperty("aboveMayBeWhen");
  });

  it("no longer supports a second place whose named month was not first", async () => {
    const c = await claimAt(
      store,
      "November's magnet exports were the highest this year after August.",
      "highest this year after August",
      "2025-12-20",
    );
    expect(c?.verdict).toBe("unverifiable");
  });
});
