import { describe, expect, it } from "vitest";
import { datelineMonthAt, opensWithDateline } from "./datelines.js";

describe("opensWithDateline", () => {
  it("takes a place, a comma and a day, written either way round, with an agency or none", () => {
    expect(opensWithDateline("Pekín, 20 nov.- China exportó")).toBe(true);
    expect(opensWithDateline("PÉKIN, 20 déc. (Agence) - La Chine")).toBe(true);
    expect(opensWithDateline("BEIJING, Jan 20 - China's exports")).toBe(true);
    expect(opensWithDateline("Jakarta, 22 Desember — Ekspor")).toBe(true);
    expect(opensWithDateline("SEOUL (Agency) - Korea's imports")).toBe(true);
  });

  it("leaves a sentence that only starts with a place and a figure", () => {
    expect(opensWithDateline("Germany, 20 t more than in October, led the list.")).toBe(false);
    expect(opensWithDateline("Exports rose 12% - the second-highest month.")).toBe(false);
    expect(opensWithDateline("Beijing, 45 nov.- nothing")).toBe(false);
  });
});

describe("datelineMonthAt", () => {
  const text = "Magnet exports near a record\nPekín, 20 nov.- China exportó 6.150 toneladas en noviembre.";
  it("marks the month of a dateline written day first", () => {
    expect(datelineMonthAt(text, text.indexOf("nov."))).toBe(true);
  });

  it("leaves a figure's month in the story that follows, and a dateline written month first", () => {
    expect(datelineMonthAt(text, text.indexOf("noviembre"))).toBe(false);
    const monthFirst = "BEIJING, Nov 20 - Exports reached 6,150 t in November.";
    expect(datelineMonthAt(monthFirst, monthFirst.indexOf("Nov"))).toBe(false);
  });
});
