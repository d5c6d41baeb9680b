// A product named as the goods a policy covers ("amid the rare earth export curbs", "curbs on rare
// earth exports", "put rare earths on its control list") or a group's name used for one member
// ("this rare earth element") does not say what a figure beside it is of: the figure keeps the
// product the text was speaking of, and is never contradicted on the policy's goods.
import { describe, expect, it } from "vitest";
import { policyObject } from "../../src/claims/extract/policy-objects.js";
import { findSeries } from "../../src/claims/extract/subjects.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

async function claimOf(text: string, published: string, quote: string) {
  const { verdict, series } = await readingAt(store, text, quote, published);
  return { verdict, series };
}

describe("the goods a policy covers", () => {
  it.each([
    [
      "Magnet sales abroad sank in May. Outbound volumes fell 52.9% from April to 1,238 tonnes in May amid the rare earth export curbs.",
      "fell 52.9%",
    ],
    [
      "Magnet sales abroad sank in May. Outbound volumes fell 52.9% from April to 1,238 tonnes in May amid the rare earth export curbs.",
      "1,238 tonnes",
    ],
    [
      "Magnet sales abroad sank in May. Under the new rare earth licensing regime, outbound volumes fell 52.9% in May from April.",
      "fell 52.9%",
    ],
    [
      "Magnet sales abroad sank in May. Outbound volumes fell 52.9% in May from April once Beijing's curbs on rare earth exports began to bite.",
      "fell 52.9%",
    ],
    [
      "Magnet sales abroad sank in May. Outbound volumes fell 52.9% in May from April after Beijing put rare earths on its export control list.",
      "fell 52.9%",
    ],
  ])("reads the figure as the text's product: %s", async (text, quote) => {
    expect(await claimOf(text, "2025-06-21", quote)).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
    });
  });

  it("still reads a product named as the subject", async () => {
    const v = await claimOf(
      "Rare earth exports rose 22.6% in May from April despite the export curbs.",
      "2025-06-21",
      "rose 22.6%",
    );
    expect(v).toEqual({ verdict: "supported", series: "rare-earths" });
  });
});

describe("one member of the group", () => {
  it("does not read 'this rare earth element' as the whole group", async () => {
    const v = await claimOf(
      "Dysprosium sales abroad jumped to 4,120 kg in December. For 2025 as a whole, shipments of this rare earth element were 35% lower than in 2024.",
      "2026-01-21",
      "35% lower",
    );
    expect(v.verdict).not.toBe("contradicted");
    expect(v.series).toBe("dysprosium");
  });
});

describe("policyObject", () => {
  const first = (clause: string) => policyObject(clause, findSeries(clause)[0] as never);
  it.each([
    "as the rare earth export controls bit",
    "under the magnet licensing regime",
    "after Beijing imposed curbs on the export of seven rare earths",
    "when magnets were added to the restriction list",
    "exports of this rare earth element",
  ])("is a policy's goods or one member: %s", (clause) => {
    expect(first(clause)).toBe(true);
  });

  it.each([
    "rare earth exports fell 20%",
    "rare earth export volumes rose",
    "the rare earth element exports of China",
    "magnets shipped under licence rose",
  ])("is the figure's product: %s", (clause) => {
    expect(first(clause)).toBe(false);
  });
});
