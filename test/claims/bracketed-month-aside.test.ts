// A month named in brackets beside a figure ("1,118 t (Sept: 1,288 t)") dates that figure only: a
// clause after it in the same sentence stays on the month the text is on, with the bracket's month
// as another reading. Found by joining two sentences of a corpus text with a semicolon.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const lead = "Magnet exports from China came to 5,473 t in October, 5.2% below September.";

describe("a month in brackets in an earlier clause", () => {
  it("does not date a share after a semicolon", async () => {
    const got = await claimAt(
      store,
      `${lead} Germany stayed the top buyer at 1,118 t (Sep: 1,288 t); its portion of the total was 20.4%.`,
      "portion of the total was 20.4%",
      "2025-11-22",
    );
    expect(got?.verdict).toBe("supported");
    expect(got?.period).toBe("2025-10");
  });

  it("does not date a share after ', and'", async () => {
    const got = await claimAt(
      store,
      `${lead} Germany stayed the top buyer at 1,118 t (1,288 t in September), and its portion of the total was 20.4%.`,
      "portion of the total was 20.4%",
      "2025-11-22",
    );
    expect(got?.verdict).toBe("supported");
  });

  it("still dates the figure inside the brackets", async () => {
    const got = await claimAt(
      store,
      `${lead} Germany stayed the top buyer at 1,118 t (Sep: 1,288 t); its portion of the total was 20.4%.`,
      "1,288 t",
      "2025-11-22",
    );
    expect(got?.period).toBe("2025-09");
    expect(got?.verdict).toBe("supported");
  });
});
