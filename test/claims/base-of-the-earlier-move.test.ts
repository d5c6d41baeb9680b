// "roughly halved in April compared with March and fell by a further 52.9% in May": the month named
// after the first move is that move's base; the second move, joined by "and", is measured against
// the month before its own.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const changeAt = async (text: string, words: string) =>
  (await verifyClaims(store, text, { published: "2025-07-10" })).claims.find(
    (c) => c.kind === "change" && text.slice(c.start, c.end).includes(words),
  );

describe("a base month named right after an earlier move", () => {
  it("is not the base of the next move joined by 'and'", async () => {
    const text =
      "Exports of rare earth magnets roughly halved in April 2025 compared with March and fell by a further 52.9 % in May, to 1 238 tonnes.";
    const first = await changeAt(text, "halved");
    expect(first).toMatchObject({ series: "rare-earth-magnets", period: "2025-04", verdict: "supported" });
    const second = await changeAt(text, "52.9");
    expect(second).toMatchObject({ series: "rare-earth-magnets", period: "2025-05", verdict: "supported" });
    expect(second?.stated).toMatchObject({ type: "change", pct: -52.9, basis: "mom" });
  });

  it("nor when the earlier move's month follows its base", async () => {
    const c = await changeAt(
      "China's exports of rare earth magnets fell 50% from March in April and dropped another 52.9% in May.",
      "52.9",
    );
    expect(c).toMatchObject({ period: "2025-05", verdict: "supported" });
    expect(c?.stated).toMatchObject({ basis: "mom" });
  });

  it("still bases both moves on a month named before them", async () => {
    const c = await changeAt(
      "Compared with March, China's exports of rare earth magnets fell 50% in April and 76.7% in May.",
      "76.7",
    );
    expect(c).toMatchObject({ period: "2025-05", verdict: "supported" });
    expect(c?.stated).toMatchObject({ basis: "2025-03" });
  });

  it("is still the base of a move named after it", async () => {
    const c = await changeAt(
      "China's exports of rare earth magnets in May were 76.7% below March, compared with a fall of 50.7% in April.",
      "76.7",
    );
    expect(c?.stated).toMatchObject({ basis: "2025-03" });
  });
});
