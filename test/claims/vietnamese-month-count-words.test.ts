// Vietnamese counts the first months of the year in words as often as in digits: "sáu tháng đầu năm"
// (the first six months), "bảy tháng đầu năm" (seven). Only digits were read, so the first half's
// total and fall were read on June and left open.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets: January-June 2024 27,534 t, January-June 2025 22,319 t (-18.9%); January-July 2025 27,897 t
describe("a count of months in Vietnamese words", () => {
  it("reads sáu tháng đầu năm as the first half", async () => {
    const text =
      "Tháng 6, Trung Quốc xuất khẩu 3.188 tấn nam châm đất hiếm. Tính chung sáu tháng đầu năm, xuất khẩu nam châm giảm gần 19%, còn 22.319 tấn.";
    for (const quote of ["giảm gần 19%", "22.319 tấn"])
      expect(await readingAt(store, text, quote, "2025-07-21")).toMatchObject({
        verdict: "supported",
        period: "2025-01..2025-06",
      });
  });

  it("reads bảy tháng đầu năm as January-July", async () => {
    const text =
      "Trung Quốc xuất khẩu 5.577 tấn nam châm đất hiếm trong tháng 7. Tính chung bảy tháng đầu năm, xuất khẩu nam châm đạt 27.897 tấn.";
    expect(await readingAt(store, text, "27.897 tấn", "2025-08-21")).toMatchObject({
      verdict: "supported",
      period: "2025-01..2025-07",
    });
  });
});
