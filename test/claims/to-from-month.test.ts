// "to X from Y in <month>": the month dates the base Y; X is the month the text is on. "X%, or by N
// tonnes": the tonnes are the same move's size on the same base.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verifyClaims } from "../../src/claims/index.js";

const store = useReferenceStore();

async function read(text: string) {
  const { claims } = await verifyClaims(store, text, { published: "2025-12-20" });
  return claims.map((c) => `${c.text} ${c.kind} ${c.partner} ${c.period} ${c.verdict}`);
}

describe("a month after 'from Y'", () => {
  it("dates the base, not the figure moved to", async () => {
    expect(
      await read(
        "November's magnet exports climbed to 6,150 t. America's slice shrank to 9.5% from 12% in October.",
      ),
    ).toEqual([
      "climbed direction WLD 2025-11 supported",
      "6,150 t level WLD 2025-11 supported",
      "slice shrank to 9.5% share USA 2025-11 supported",
      "shrank direction USA 2025-11 supported",
      "from 12% share USA 2025-10 supported",
    ]);
  });

  it("reads the month after 'to X' as the figure's own", async () => {
    expect(
      await read("The share of magnet exports going to the US fell to 9.5% in November from 12%."),
    ).toEqual(["9.5% share USA 2025-11 supported", "from 12% share USA 2025-10 supported"]);
  });
});

describe("'going to' a destination", () => {
  it("is where the goods went, not a forecast", async () => {
    expect(await read("The magnet tonnage going to the US in November was 582 t.")).toEqual([
      "582 t level USA 2025-11 supported",
    ]);
  });
});

describe("tonnes after a percentage change", () => {
  it("is the same move's size", async () => {
    expect(await read("US-bound magnet shipments fell 11% in November, or by 74 tonnes, to 582 t.")).toEqual([
      "fell 11% change USA 2025-11 supported",
      "74 tonnes change USA 2025-11 supported",
      "582 t level USA 2025-11 supported",
    ]);
  });
});
