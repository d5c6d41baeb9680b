// "The drop from August was closer to 29%": "closer to" and "nearer to" hedge a figure as "close to"
// does; the change is read and checked.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a change hedged with 'closer to'", () => {
  it.each([
    [
      "US magnet shipments fell to 420.5 t in September. The drop from August was closer to 29%.",
      "closer to 29%",
    ],
    [
      "US magnet shipments fell to 420.5 t in September; the fall from August was nearer to 29%.",
      "nearer to 29%",
    ],
  ])("%s", async (text, quote) => {
    const c = await claimAt(store, text, quote, "2025-11-05");
    expect([c?.kind, c?.partner, c?.period, c?.verdict]).toEqual(["change", "USA", "2025-09", "supported"]);
    expect(c?.stated).toMatchObject({ type: "change", pct: -29 });
  });
});
