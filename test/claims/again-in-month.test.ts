// "halved in April and halved again in May": the second move is dated by the month right after
// "again", as "halved in May" would be; "again" between the figure and its month had hidden that
// month, and the move took the month before it, so "halved in May and halved again in June" was
// supported on May's fall twice.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { periodsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const check = (text: string) => periodsOf(store, text);

describe("a move said again in a month of its own", () => {
  it("dates the second halving by its own month", async () => {
    expect(await check("Magnet exports halved in April and halved again in May.")).toEqual([
      ["halved", "2025-04", "supported"],
      ["halved", "2025-05", "supported"],
    ]);
  });

  it("no longer supports a second halving in a month that rose", async () => {
    const got = await check("Magnet exports halved in May and halved again in June.");
    expect(got[1]?.slice(0, 2)).toEqual(["halved", "2025-06"]);
    expect(got[1]?.[2]).not.toBe("supported");
  });

  it("reads 'once more' the same way", async () => {
    expect(await check("Magnet exports fell 6% in September and fell 5% once more in October.")).toEqual([
      ["fell 6%", "2025-09", "supported"],
      ["fell 5%", "2025-10", "supported"],
    ]);
  });
});
