import { describe, expect, it } from "vitest";
import { findRomanceChanges } from "./find-changes-romance.js";

const read = (clause: string) => findRomanceChanges(clause).map((h) => [clause.slice(h.start, h.end), h.pct]);

describe("changes worded in Spanish, Portuguese, French and Italian", () => {
  it.each([
    ["registraron un aumento de 75% respecto a junio", "aumento de 75%", 75],
    ["sufrieron una caída del 11% en noviembre", "caída del 11%", -11],
    ["tiveram queda de 11% em novembro", "queda de 11%", -11],
    ["alta de 35% em relação a outubro", "alta de 35%", 35],
    ["soit une hausse de 12,4 % sur un mois", "hausse de 12,4 %", 12.4],
    ["en baisse de 3,2 pour cent", "baisse de 3,2 pour cent", -3.2],
    ["in calo del 9% su base annua", "calo del 9%", -9],
    ["cayeron un 20,1% en diciembre", "cayeron un 20,1%", -20.1],
    ["ont reculé de 3,2 % en décembre", "reculé de 3,2 %", -3.2],
    ["sono aumentate del 12.4% a novembre", "aumentate del 12.4%", 12.4],
  ])("reads %s", (clause, words, pct) => {
    expect(read(clause)).toEqual([[words, pct]]);
  });

  it("reads a hedge of these languages", () => {
    const [h] = findRomanceChanges("un aumento de casi 76% respecto a junio");
    expect(h).toMatchObject({ pct: 76, hedge: "nearly" });
  });

  it("reads nothing in English", () => {
    expect(read("Exports rose 12% to 6,150 t, a progression of 12% on October.")).toEqual([]);
  });
});
