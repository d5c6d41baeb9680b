// How Vietnamese outlets word China's export figures: months by number or name ("tháng 11", "tháng
// Mười Một", "tháng 11/2025"), "tháng trước" (last month), spans ("nửa đầu năm", "10 tháng đầu năm",
// "từ đầu năm đến nay"), destinations (Mỹ, Đức, Nhật Bản, Hàn Quốc), the product ("nam châm đất hiếm"
// against "đất hiếm"), numbers with a dot between thousands and a decimal comma ("6.150 tấn",
// "12,4%"), changes ("tăng 12,4%", "giảm gần 6%", "thấp hơn 5%") and their bases ("so với tháng 10",
// "so với cùng kỳ năm ngoái", "so với mức 5.473 tấn vào tháng 10").
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const read = (text: string, published = "2025-12-22") =>
  extractClaims(text, { published }).map((c) => ({
    text: c.text,
    kind: c.kind,
    series: c.series,
    partner: c.partner,
    period: c.period,
    ...(c.stated.type === "change" ? { pct: c.stated.pct, basis: c.stated.basis } : {}),
    ...(c.stated.type === "level" ? { value: c.stated.value } : {}),
  }));

describe("a Vietnamese report of China's exports", () => {
  it("reads the month, the product, the number and a change against the month named as its base", () => {
    expect(
      read("Trong tháng 11, Trung Quốc xuất khẩu 6.150 tấn nam châm đất hiếm, tăng 12,4% so với tháng 10."),
    ).toEqual([
      {
        text: "6.150 tấn",
        kind: "level",
        series: "rare-earth-magnets",
        partner: "WLD",
        period: "2025-11",
        value: 6150,
      },
      {
        text: "tăng 12,4%",
        kind: "change",
        series: "rare-earth-magnets",
        partner: "WLD",
        period: "2025-11",
        pct: 12.4,
        basis: "mom",
      },
    ]);
  });

  it("reads a month by name, a destination and a base figure dated with 'vào'", () => {
    expect(
      read(
        "Lượng nam châm đất hiếm xuất sang Nhật Bản trong tháng Mười Một đạt 305 tấn, so với mức 226 tấn vào tháng Mười.",
      ),
    ).toEqual([
      {
        text: "305 tấn",
        kind: "level",
        series: "rare-earth-magnets",
        partner: "JPN",
        period: "2025-11",
        value: 305,
      },
      {
        text: "226 tấn",
        kind: "level",
        series: "rare-earth-magnets",
        partner: "JPN",
        period: "2025-10",
        value: 226,
      },
    ]);
  });

  it("reads rare earths apart from the magnets, a year so far and a year-on-year change", () => {
    expect(
      read(
        "Tính từ đầu năm đến nay, Trung Quốc đã xuất khẩu 58.193,1 tấn đất hiếm, tăng 11,7% so với cùng kỳ năm ngoái.",
      ),
    ).toEqual([
      {
        text: "58.193,1 tấn",
        kind: "ytd",
        series: "rare-earths",
        partner: "WLD",
        period: "2025-01..2025-11",
        value: 58193.1,
      },
      {
        text: "tăng 11,7%",
        kind: "change",
        series: "rare-earths",
        partner: "WLD",
        period: "2025-01..2025-11",
        pct: 11.7,
        basis: "yoy",
      },
    ]);
  });

  it("reads 'tháng trước' as the month before publication and 'nửa đầu năm' as the first half", () => {
    expect(read("Tháng trước, lượng nam châm sang Mỹ là 582 tấn.").map((c) => [c.partner, c.period])).toEqual(
      [["USA", "2025-11"]],
    );
    expect(
      read(
        "Trong nửa đầu năm 2025, xuất khẩu nam châm đất hiếm giảm gần 19%, còn 22.319 tấn.",
        "2025-07-21",
      ).map((c) => [c.text, c.period]),
    ).toEqual([
      ["giảm gần 19%", "2025-01..2025-06"],
      ["22.319 tấn", "2025-01..2025-06"],
    ]);
  });

  it("reads a whole year and a change against the year named as its base", () => {
    expect(
      read(
        "Cả năm 2024, Trung Quốc xuất khẩu 55.431 tấn đất hiếm, tăng 6% so với năm 2023.",
        "2025-01-20",
      ).map((c) => [c.text, c.period, c.basis]),
    ).toEqual([
      ["55.431 tấn", "2024-01..2024-12", undefined],
      ["tăng 6%", "2024-01..2024-12", "yoy"],
    ]);
  });
});
