// Two ways other languages date a level that the reader missed. Vietnamese names the month a base
// figure is of with "của" (of): "so với mức 1.238 tấn của tháng Năm", "gần gấp 3 lần mức 1.238 tấn
// của tháng 5" are May's 1,238 t, as "vào tháng 5" already was. And a month that dates a policy step
// in Italian, Spanish, French or Portuguese ("nel pieno delle restrizioni decise da Pechino ad
// aprile", "por los controles impuestos por Pekín en abril") is not the figure's month, as "the curbs
// Beijing imposed in April" is not in English; a month a move of the flow's own names keeps it.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const magnets = (period: string) => ({
  verdict: "supported",
  series: "rare-earth-magnets",
  partner: "WLD",
  period,
});

describe("a level's month in other languages' words", () => {
  it.each([
    [
      "Trong tháng Sáu, Trung Quốc đã xuất cảng 3.188 tấn nam châm vĩnh cửu đất hiếm ra toàn cầu, tăng 157,5% so với mức 1.238 tấn của tháng Năm.",
      "1.238 tấn",
      "2025-05",
    ],
    [
      "Trong tháng 6, Trung Quốc xuất khẩu tổng cộng 3.188 tấn nam châm vĩnh cửu từ đất hiếm ra toàn cầu, gần gấp 3 lần mức 1.238 tấn của tháng 5.",
      "1.238 tấn",
      "2025-05",
    ],
    [
      "Nuova frenata a maggio per le vendite all'estero di magneti alle terre rare della Cina. Secondo le Dogane cinesi le spedizioni si sono fermate a 1.238 tonnellate metriche, nel pieno delle restrizioni decise da Pechino ad aprile.",
      "1.238 tonnellate",
      "2025-05",
    ],
    [
      "Las exportaciones de imanes de tierras raras cayeron de nuevo en mayo. Los envíos se quedaron en 1.238 toneladas, por los controles impuestos por Pekín en abril.",
      "1.238 toneladas",
      "2025-05",
    ],
    [
      "Le spedizioni di magneti alle terre rare sono crollate ad aprile a 2.626 tonnellate.",
      "2.626 tonnellate",
      "2025-04",
    ],
  ])("dates %s", async (text, quote, period) => {
    expect(await readingAt(store, text, quote, "2025-07-21")).toEqual(magnets(period));
  });
});
