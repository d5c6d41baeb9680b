// Thai trade news (thai-words.ts): no space between words, Buddhist-era years ("ปี 2568" is 2025),
// month names in full or short ("ต.ค. 68"), Thai digits, and no stop at a sentence's end. Its figures
// are read and checked, and none is ever contradicted: its sentences are in a script the reader does
// not read with certainty.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { thaiGlosses } from "../../src/claims/extract/thai-words.js";
import type { Store } from "../../src/store/open-store.js";
import { referenceStore } from "../helpers/stores.js";
import { cellAt } from "../helpers/verdicts.js";

let store: Store;
beforeAll(async () => {
  store = await referenceStore();
});
afterAll(() => store.close());

// rare earths: 2025 62,585 t (+12.9% on 2024); November 2025 5,493.9 t, December 4,392 t (-20.1%),
// December 2024 3,326 t; magnets: October 2025 5,473 t, November 6,150 t (+12.4%)
const text = [
  "ในปี 2568 จีนส่งออกแร่หายากรวม 62,585 ตัน เพิ่มขึ้น 12.9% เมื่อเทียบกับปีก่อนหน้า",
  "สำหรับเดือนธันวาคม จีนส่งออกแร่หายาก ๔,๓๙๒ ตัน ลดลง 20% จากเดือนพฤศจิกายน แต่เพิ่มขึ้น 32% จาก 3,326 ตันในเดือนธันวาคมปีก่อนหน้า",
  "การส่งออกแม่เหล็กแรร์เอิร์ธในเดือนพฤศจิกายนอยู่ที่ 6,150 ตัน เพิ่มขึ้น 21.4% จากเดือนตุลาคม",
].join("\n");

describe("Thai trade news", () => {
  it("glosses words run together, Buddhist-era years, Thai digits and short months", () => {
    const words = thaiGlosses(text).map((g) => g.word.trim());
    expect(words).toEqual(
      expect.arrayContaining(["in 2025", "rare earths", "4,392 tonnes", "rare-earth magnets"]),
    );
    expect(thaiGlosses("ยอดส่งออกแร่หายาก ต.ค. 68 อยู่ที่ 4,343.5 ตัน").map((g) => g.word.trim())).toContain(
      "October 2025",
    );
  });

  it("reads the year's total and its change on 2025", async () => {
    expect(await cellAt(store, text, "62,585 ตัน", "2026-01-15")).toEqual([
      "level",
      "rare-earths",
      "WLD",
      "2025-01..2025-12",
      62585,
      "supported",
    ]);
    expect(await cellAt(store, text, "เพิ่มขึ้น 12.9%", "2026-01-15")).toEqual([
      "change",
      "rare-earths",
      "WLD",
      "2025-01..2025-12",
      12.9,
      "supported",
    ]);
  });

  it("reads December's level in Thai digits, its fall on November and the year-before base", async () => {
    expect(await cellAt(store, text, "๔,๓๙๒ ตัน", "2026-01-15")).toEqual([
      "level",
      "rare-earths",
      "WLD",
      "2025-12",
      4392,
      "supported",
    ]);
    expect(await cellAt(store, text, "ลดลง 20%", "2026-01-15")).toEqual([
      "change",
      "rare-earths",
      "WLD",
      "2025-12",
      -20,
      "supported",
    ]);
    expect(await cellAt(store, text, "3,326 ตัน", "2026-01-15")).toEqual([
      "level",
      "rare-earths",
      "WLD",
      "2024-12",
      3326,
      "supported",
    ]);
  });

  it("reads the magnets apart from the rare earths, and never contradicts a wrong change", async () => {
    const cell = await cellAt(store, text, "เพิ่มขึ้น 21.4%", "2026-01-15");
    expect(cell?.slice(0, 5)).toEqual(["change", "rare-earth-magnets", "WLD", "2025-11", 21.4]);
    expect(cell?.[5]).toBe("unverifiable");
  });
});
