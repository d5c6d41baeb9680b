// The paths by which a figure's unit, product, destination or period is read from somewhere other
// than its own words (a change column that writes no unit, the size of the number, destinations
// named together, a heading above a list) support a right figure but never contradict one.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const verdicts = (text: string, published?: string) => verdictsOf(store, text, published);

describe("a unit not written with the figure", () => {
  it("from a change column that writes none supports a right cell and never contradicts a wrong one", async () => {
    // "chg" could count tonnes or percent: the US fell 74 t (-11.3%), Japan rose 79 t (+35.0%)
    const r = await verifyClaims(
      store,
      "product,partner,month,tonnes,chg\nmagnets,USA,2025-11,582,-11.9\nmagnets,JPN,2025-11,305,+35.0",
      { published: "2025-12-20" },
    );
    expect(r.claims.map((c) => [c.text, c.verdict])).toEqual([
      ["582", "supported"],
      ["-11.9", "unverifiable"],
      ["305", "supported"],
      ["+35.0", "supported"],
    ]);
    expect(r.claims[1]?.explanation).toMatch(/unit read from a table's header/);
  });

  it("from the header of the figure's own column contradicts a wrong cell", async () => {
    expect(
      await verdicts("product,partner,month,tonnes\nmagnets,USA,2025-11,640\nmagnets,JPN,2025-11,305"),
    ).toEqual([
      ["640", "contradicted"],
      ["305", "supported"],
    ]);
  });

  it("written in the cell keeps a wrong figure contradicted", async () => {
    expect(await verdicts("product,partner,month,volume\nmagnets,USA,2025-11,640 t")).toEqual([
      ["640 t", "contradicted"],
    ]);
  });

  it("guessed from a small number in 'mt' never contradicts", async () => {
    expect(await verdicts("Magnet exports to the US were 64 mt in May 2025.")).toEqual([
      ["64 mt", "unverifiable"],
    ]);
    expect(await verdicts("Magnet exports to the US were 64 tonnes in May 2025.")).toEqual([
      ["64 tonnes", "contradicted"],
    ]);
  });

  it("in a change column of a table is a difference, not a level", async () => {
    const r = await verdicts("Magnet exports\nPartner | Nov 2025 (t) | Change (t)\nJPN | 305 | +79");
    expect(r).toEqual([
      ["305", "supported"],
      ["+79", "supported"],
    ]);
  });
});

describe("figures whose owner or period is read from around them", () => {
  it("checks a combined total of destinations named together as their sum", async () => {
    // November 2025: US 582 t + Japan 305 t = 887 t
    const r = await verifyClaims(store, "The US and Japan together took 887 tonnes of magnets in November.", {
      published: "2025-12-20",
    });
    expect(r.claims[0]?.verdict).toBe("supported");
    expect(r.claims[0]?.explanation).toMatch(/combined total of US, Japan/);
  });

  it("never contradicts a figure said to be shared 'between' destinations named in another clause", async () => {
    const r = await verdicts(
      "The top three buyers in September — Germany, South Korea, Vietnam — took 2,586 tonnes of magnets between them.",
      "2025-10-20",
    );
    expect(r).toEqual([["2,586 tonnes", "unverifiable"]]);
  });

  it("reads a list of numbers sharing one unit, and never contradicts one written without it", async () => {
    const r = await verdicts(
      "In September Germany, South Korea and Vietnam took 1,388, 854 and 456 tonnes of magnets.",
      "2025-10-20",
    );
    expect(r).toEqual([
      ["1,388", "unverifiable"],
      ["854", "supported"],
      ["456 tonnes", "supported"],
    ]);
  });

  it("dates a base level 'a year earlier' a year back, so a right one is supported", async () => {
    expect(
      await verdicts(
        "Magnet exports in October were 5,473 tonnes, up from 4,725 tonnes a year earlier.",
        "2025-11-20",
      ),
    ).toEqual([
      ["5,473 tonnes", "supported"],
      ["4,725 tonnes", "supported"],
    ]);
  });

  it("reads a difference in tonnes compared later in the clause as a change", async () => {
    expect(await verdicts("China shipped 677 tonnes more magnets in November than in October.")).toEqual([
      ["677 tonnes more", "supported"],
    ]);
  });

  it("reads magnets 'including powder and alloys' as that wider line", async () => {
    const r = await verdicts(
      "Including powder and alloys, China's magnet exports to Japan in July recovered to 686 tons.",
      "2025-08-20",
    );
    expect(r).toContainEqual(["686 tons", "supported"]);
  });

  it("never contradicts a figure under a heading that names its product and destination", async () => {
    expect(await verdicts("Magnet exports to Japan:\n- November: 250 t")).toEqual([
      ["250 t", "unverifiable"],
    ]);
  });
});
