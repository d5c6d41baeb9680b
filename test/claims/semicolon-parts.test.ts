// A sentence of parts set off by semicolons, each naming its own product ("in July, China's magnet
// exports to Germany were 1,161 t; China's magnet exports to the US in August were 509 t; and China's
// magnet exports in October were 15.8% lower than a year before"), gives each part's figure its own
// destination: one that only another part names may rescue the figure, but no longer leaves a wrong
// one open.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets: world 4,725 t in October 2024 and 5,473 t in October 2025 (+15.8%); Germany has no October 2024
const parts = (last: string) =>
  `In July, China's magnet exports to Germany were 1,116 tonnes; China's magnet exports to the United States in August were 590 tonnes; and ${last}`;

describe("a part set off by semicolons that names its own product", () => {
  it("is contradicted on its own reading when wrong", async () => {
    const text = parts("China's magnet exports in October 2025 were 15.8% lower than in October 2024.");
    expect((await claimAt(store, text, "15.8% lower", "2026-01-25"))?.verdict).toBe("contradicted");
  });

  it("is supported when right", async () => {
    const text = parts("China's magnet exports in October 2025 were 15.8% higher than in October 2024.");
    expect((await claimAt(store, text, "15.8% higher", "2026-01-25"))?.verdict).toBe("supported");
  });

  it("while a part that names no product still leaves the other parts' destinations open", async () => {
    const text = parts("in October 2025 they were 15.8% lower than in October 2024.");
    expect((await claimAt(store, text, "15.8% lower", "2026-01-25"))?.verdict).toBe("unverifiable");
  });
});
