// Two products each with a figure of its own in one sentence: "5,494 t of magnets and 6,150 t of
// rare earths" gives each tonnage the product it is "of", and "magnet exports rose 26% in November,
// while rare-earth exports jumped 12%" gives each change the product of its own clause. Swapped,
// each figure had been supported as the other product's.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

// November 2025: magnets 6,150 t (+12.4% on October), rare earths 5,493.9 t (+26.5%); July 2025:
// gallium 9,007 kg, germanium 763 kg
describe("tonnages each of its own product", () => {
  it.each([
    "China shipped 5,494 t of magnets and 6,150 t of rare earths in November.",
    "China exported 6,150 t of rare earths in November, and 5,494 t of magnets.",
  ])("are contradicted when swapped: %s", async (text) => {
    const got = await verdictsOf(store, text, "2025-12-20");
    expect(got.map(([, v]) => v)).toEqual(["contradicted", "contradicted"]);
  });

  it("are supported the right way round", async () => {
    const text = "China shipped 6,150 t of magnets and 5,494 t of rare earths in November.";
    expect(await verdictsOf(store, text, "2025-12-20")).toEqual([
      ["6,150 t", "supported"],
      ["5,494 t", "supported"],
    ]);
  });

  it("never supports swapped kilograms of two metals", async () => {
    const text = "China exported 763 kg of gallium and 9,007 kg of germanium in July.";
    const got = await verdictsOf(store, text, "2025-08-20");
    expect(got).toHaveLength(2);
    expect(got.some(([, v]) => v === "supported")).toBe(false);
  });
});

describe("a change before a contrast that names another product", () => {
  it("is not supported as the other clause's product", async () => {
    const text = "Magnet exports rose 26% in November, while rare-earth exports jumped 12%.";
    const got = await verdictsOf(store, text, "2025-12-20");
    expect(got).toHaveLength(2);
    expect(got[0]?.[0]).toBe("rose 26%");
    expect(got[0]?.[1]).not.toBe("supported");
  });

  it("keeps the other product as a reading where the clause after gives it no figure", async () => {
    // the words after the joiner say what the figure is, they do not give another one
    const text =
      "One desk put November magnet exports at 5,493.9 tonnes; that is the rare-earths number, not the magnets one.";
    const got = await verdictsOf(store, text, "2025-12-20");
    expect(got.every(([, v]) => v !== "contradicted")).toBe(true);
  });

  it("supports both changes the right way round", async () => {
    const text = "Magnet exports rose 12% in November, while rare-earth exports jumped 26%.";
    expect(await verdictsOf(store, text, "2025-12-20")).toEqual([
      ["rose 12%", "supported"],
      ["jumped 26%", "supported"],
    ]);
  });
});
