// One number set against destinations named together ("350 t more than India and Vietnam combined")
// is set against their sum: no single gap or ratio could be the one to each.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { openLodestone } from "../../src/ingest/reference-data.js";

const check = async (text: string) => {
  const store = await openLodestone({ path: ":memory:" });
  try {
    const r = await verifyClaims(store, text, { published: "2026-01-20" });
    return r.claims
      .filter((c) => c.kind === "change")
      .map((c) => `${c.stated.type === "change" ? c.stated.versus : ""} ${c.verdict}`);
  } finally {
    store.close();
  }
};

describe("a comparison with the sum of destinations", () => {
  it("reads a gap in tonnes against the sum (India 416 t + Vietnam 444 t in October)", async () => {
    expect(
      await check(
        "South Korea's October intake of 569 t of magnets was 291 t less than India and Vietnam combined.",
      ),
    ).toEqual(["IND+VNM supported"]);
    expect(
      await check(
        "South Korea's October intake of 569 t of magnets was 250 t less than India and Vietnam put together.",
      ),
    ).toEqual(["IND+VNM contradicted"]);
  });

  it("reads a percentage against the sum", async () => {
    expect(
      await check("In October Germany's 1,118 t of magnets was 27% above Japan and the US together."),
    ).toEqual(["JPN+USA supported"]);
  });

  it("keeps one destination when the one after the join has words of its own", async () => {
    expect(
      await check("In October Germany took 1,118 t of magnets, 892 t more than Japan, and Korea took 569 t."),
    ).toEqual(["JPN supported"]);
  });
});
