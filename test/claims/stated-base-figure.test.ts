// A change that states its base figure ("up 57% to 2,140 t from 1,264 t in June") is about that
// figure: a reading whose base in the data is another one does not bear the change out, however well
// its percentage fits. A base misprinted with two digits swapped, or one the change holds from as
// well, is the writer's slip and leaves the verdict alone.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

async function changeOf(text: string, published: string) {
  const r = await verifyClaims(store, text, { published });
  const c = r.claims.find((x) => x.kind === "change");
  return { verdict: c?.verdict, partner: c?.partner, explanation: c?.explanation ?? "" };
}

describe("a change whose base figure is stated", () => {
  it("is supported when the stated base is the data's", async () => {
    // Germany 764 t in June to 1,116 t in July: +46.1%
    const got = await changeOf(
      "Magnet deliveries to Germany climbed 46% in July to 1,116 t from 764 t.",
      "2025-08-21",
    );
    expect(got.verdict).toBe("supported");
  });

  it.each([
    // June 764 t, not 864 t; from 864 t the rise would be 29%
    ["Magnet deliveries to Germany climbed 46% in July to 1,116 t from 864 t.", "2025-08-21"],
    // October 5,473 t, not 4,473 t
    ["Magnet shipments rose 12.4% in November, compared with 4,473 t in October.", "2025-12-21"],
    // the first half of 2024 was 29,095 t
    [
      "First-half rare-earth shipments gained 11.9% to 32,569 t, against 25,095 t a year before.",
      "2025-07-22",
    ],
  ])("is left unverifiable when the stated base is another figure: %s", async (text, published) => {
    const got = await changeOf(text, published);
    expect(got.verdict).toBe("unverifiable");
    expect(got.explanation).toMatch(/the base the change states/);
  });

  it("is not supported on the total when the base is a destination's month ('double June's')", async () => {
    // 1,364 t is the EU's June figure; the world total was 3,188 t in June
    const got = await changeOf(
      "Chinese magnet shipments reached 6,150 t in November, close to double June's 1,364 t.",
      "2025-12-21",
    );
    expect(got.verdict).toBe("unverifiable");
  });

  it("reads a month's possessive figure right after the change as its base", async () => {
    // EU 1,364 t in June to 2,568.8 t in November: x1.88
    const got = await changeOf(
      "Shipments to the EU came to 2,569 t in November, nearly double June's 1,364 t.",
      "2025-12-21",
    );
    expect(got).toMatchObject({ verdict: "supported", partner: "EU27" });
  });

  it("keeps the verdict when the base has two digits swapped", async () => {
    // May 1,238 t to June 3,188 t: +157.5%; "2,138" is May's figure misprinted
    const got = await changeOf(
      "Magnet shipments in June rose 157% to 3,188 t from 2,138 t in May.",
      "2025-07-22",
    );
    expect(got.verdict).toBe("supported");
  });

  it("keeps the verdict when the base is off but the change holds from it too", async () => {
    // March 5,324 t to April 2,626 t: -50.7%; from 5,924 t it would be -55.7%, more than halved as well
    const got = await changeOf(
      "Magnet shipments more than halved in April to 2,626 t from 5,924 t in March.",
      "2025-05-22",
    );
    expect(got.verdict).toBe("supported");
  });

  it("leaves a base near the data's to the base's own figure (a misprint the level claim shows)", async () => {
    // Germany 764 t in June: "from 784 t" is the same figure, misprinted
    const r = await verifyClaims(
      store,
      "Magnet deliveries to Germany climbed 46% in July to 1,116 t from 784 t in June.",
      { published: "2025-08-21" },
    );
    expect(r.claims.map((c) => [c.kind, c.verdict])).toEqual([
      ["change", "supported"],
      ["level", "supported"],
      ["level", "contradicted"],
    ]);
  });

  it("does not take the base of a later change in the clause", async () => {
    // +8.6% on September's 4,000.3 t; 4,753 t is October 2024's, the base of the fall after "but"
    const got = await changeOf(
      "Rare-earth shipments rose to 4,343.5 t in October, up 8.6% on the month but down 8.6% from 4,753 t a year before.",
      "2025-11-12",
    );
    expect(got.verdict).toBe("supported");
  });
});
