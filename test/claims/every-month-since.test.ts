// "having fallen every month since August": a rise or fall said of every month since one is a run of
// at least as many moves as months from it to the claim's month. Months it leaves out ("except
// September") make it no run at all.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// rare earths: 5,791.8 t in August 2025, 4,000.3 t in September, 4,343.5 t in October, 5,493.9 t in November
describe("a move said of every month since one", () => {
  it("bears out a run as long as the months since", async () => {
    const text =
      "Rare earth shipments reached 5,493.9 t in November, having grown in each month since September.";
    const got = await claimAt(store, text, "grown in each month since September", "2025-12-18");
    expect(got?.stated).toMatchObject({ type: "streak", n: 2, direction: "up", atLeast: true });
    expect(got?.verdict).toBe("supported");
  });

  it("contradicts a run the data breaks", async () => {
    const text =
      "Rare earth shipments reached 5,493.9 t in November, having grown in each month since August.";
    const got = await claimAt(store, text, "grown in each month since August", "2025-12-18");
    expect(got?.verdict).toBe("contradicted");
  });

  it("reads no run where months are left out", async () => {
    const text = "Rare earth shipments have grown every month since June, except September.";
    const got = extractClaims(text, { published: "2025-12-18" });
    expect(got.filter((c) => c.stated.type === "streak")).toEqual([]);
  });
});
