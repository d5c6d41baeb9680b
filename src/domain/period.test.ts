import { describe, expect, it } from "vitest";
import {
  spanBefore,
  addMonths,
  isPartialDate,
  monthAt,
  monthIndex,
  monthOfYear,
  monthsBetween,
  parsePeriod,
  yearOf,
} from "./period.js";

describe("periods", () => {
  it("parses months, years and cumulative ranges", () => {
    expect(parsePeriod("2025-11")).toEqual({
      text: "2025-11",
      kind: "month",
      start: "2025-11",
      end: "2025-11",
    });
    expect(parsePeriod("2025")).toEqual({ text: "2025", kind: "year", start: "2025-01", end: "2025-12" });
    expect(parsePeriod("2025-01..2025-11")).toMatchObject({
      kind: "range",
      start: "2025-01",
      end: "2025-11",
    });
  });

  it("rejects what is not a period", () => {
    for (const bad of ["2025-13", "2025-00", "Nov 2025", "2025-11..2025-01", "25-11", "2025-1"])
      expect(parsePeriod(bad)).toBeNull();
  });

  it("does month arithmetic across years", () => {
    expect(addMonths("2025-01", -1)).toBe("2024-12");
    expect(addMonths("2024-12", 13)).toBe("2026-01");
    expect(monthsBetween("2024-11", "2025-02")).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
  });

  it("splits a month index into its year and its month of the year", () => {
    const december = monthIndex("2024-12") as number;
    expect([yearOf(december), monthOfYear(december)]).toEqual([2024, 12]);
    expect([yearOf(december + 1), monthOfYear(december + 1)]).toEqual([2025, 1]);
    expect(monthAt(december + 11)).toBe("2025-11");
  });

  it("accepts partial dates but not impossible ones", () => {
    expect(isPartialDate("2025-12-20")).toBe(true);
    expect(isPartialDate("2025-12")).toBe(true);
    expect(isPartialDate("2025-02-30")).toBe(false);
  });

  it("gives the run of as many months right before a range", () => {
    expect(spanBefore("2025-07..2025-09")).toBe("2025-04..2025-06");
    expect(spanBefore("2025-01..2025-06")).toBe("2024-07..2024-12");
    expect(spanBefore("2025-11")).toBeNull();
  });
});
