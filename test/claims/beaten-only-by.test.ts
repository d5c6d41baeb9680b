// "the second-largest tally on record, beaten only by the 6,357 t of January": the month that alone
// beats a rank holds the record; the rank is the month the sentence is about.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const rankOf = async (text: string) => {
  const c = (await verifyClaims(store, text, { published: "2025-12-28" })).claims.find(
    (x) => x.kind === "rank",
  );
  return [c?.period, c?.verdict];
};

describe("a rank beaten only by another month", () => {
  it("is the rank of the sentence's month, not of the month that beats it", async () => {
    expect(
      await rankOf(
        "Customs published November's figures. Magnet exports came to 6,150 t that month — the second-highest month in the series, topped only by the 6,357 t of January.",
      ),
    ).toEqual(["2025-11", "supported"]);
  });

  it("is checked against that month, so a wrong rank is not supported", async () => {
    expect(
      await rankOf(
        "Magnet exports hit 5,473 t in October — the second-highest month in the series, topped only by the 6,357 t of January.",
      ),
    ).toEqual(["2025-10", "contradicted"]);
  });
});
