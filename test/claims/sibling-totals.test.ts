// Two totals go by the name "rare earth exports": the customs category of metals and compounds, and
// a publisher's total of rare-earth products with magnets included. A tonnage given under one name
// that is the figure held for the other total, in the same month, is ambiguous, not wrong; a
// tonnage that fits neither is still contradicted.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verifyClaims } from "../../src/claims/index.js";

const store = useReferenceStore();

/** The verdicts of the tonnages found in `text`. */
const levelVerdicts = async (text: string) =>
  (await verifyClaims(store, text, { published: "2026-01-20" })).claims
    .filter((c) => c.kind === "level")
    .map((c) => c.verdict);

// November 2025: customs rare earths 5,493.9 t, the publisher's products total 6,958 t;
// December 2025: customs rare earths 4,392 t, the products total 6,745 t
describe("a tonnage named after the other rare-earth total", () => {
  it.each([
    "Rare earth exports from China climbed to 6,958 tonnes in November 2025.",
    "In December 2025 China's rare earth shipments abroad came to 6,745 t.",
    "Exports of rare-earth products totalled 4,392 tons in December 2025.",
  ])("is ambiguous, not contradicted: %s", async (text) => {
    expect(await levelVerdicts(text)).toEqual(["unverifiable"]);
  });

  it.each([
    "Rare earth exports from China climbed to 6,410 tonnes in November 2025.",
    "Exports of rare-earth products totalled 5,020 tons in December 2025.",
  ])("is contradicted when it fits neither total: %s", async (text) => {
    expect(await levelVerdicts(text)).toEqual(["contradicted"]);
  });
});

describe("a rank in the sentence of such a tonnage", () => {
  const rankVerdicts = async (text: string) =>
    (await verifyClaims(store, text, { published: "2026-01-20" })).claims
      .filter((c) => c.kind === "rank")
      .map((c) => c.verdict);

  it("is ambiguous, since it may rank the other total", async () => {
    expect(
      await rankVerdicts(
        "Rare earth exports from China jumped to 6,958 tonnes in November 2025, the highest monthly volume since early 2023.",
      ),
    ).toEqual(["unverifiable"]);
  });

  it("is still contradicted when the tonnage fits neither total", async () => {
    expect(
      await rankVerdicts(
        "Rare earth exports from China jumped to 6,410 tonnes in November 2025, the highest monthly volume since early 2023.",
      ),
    ).toEqual(["contradicted"]);
  });
});
