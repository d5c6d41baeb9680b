// "last month" in a text out in the first days of a month, before China's customs had published
// anything on the month before, may mean the latest month whose figures were out: a figure of that
// month is borne out, not called contradicted. Later in the month "last month" is the month before.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// rare earths: 5,791.8 t in August 2025, 4,000.3 t in September, 4,343.5 t in October
describe("'last month' before the month's figures were out", () => {
  it("bears out the latest month reported, early in the month", async () => {
    const got = await claimAt(
      store,
      "Shipments of rare earths came to 4,000.3 tonnes last month.",
      "4,000.3 tonnes",
      "2025-11-03",
    );
    expect(got?.verdict).toBe("supported");
    expect(got?.period).toBe("2025-09");
  });

  it("still bears out the month before publication", async () => {
    const got = await claimAt(
      store,
      "Shipments of rare earths came to 4,343.5 tonnes last month.",
      "4,343.5 tonnes",
      "2025-11-03",
    );
    expect(got?.verdict).toBe("supported");
  });

  it("contradicts a figure neither month bears out", async () => {
    const got = await claimAt(
      store,
      "Shipments of rare earths came to 5,791.8 tonnes last month.",
      "5,791.8 tonnes",
      "2025-11-03",
    );
    expect(got?.verdict).toBe("contradicted");
  });

  it("reads the month before publication alone later in the month", async () => {
    const got = await claimAt(
      store,
      "Shipments of rare earths came to 4,000.3 tonnes last month.",
      "4,000.3 tonnes",
      "2025-11-24",
    );
    expect(got?.verdict).toBe("contradicted");
  });
});
