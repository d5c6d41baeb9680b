// Clauses without a digit: most of an article's prose, where changes are looked for only when a size
// is written in words (WORDED_SIZE) and ranks only when a rank's word begins a word. What such a
// clause states in words is still read; prose that only holds the letters of those words inside
// others is not.
import { describe, expect, it } from "vitest";
import { findChanges } from "./find-changes.js";
import { findRanks } from "./find-ranks.js";
import { WORDED_SIZE } from "./lexicon.js";

describe("changes in clauses without a digit", () => {
  it.each([
    ["Shipments to Poland fell by a third over the summer", -33.3],
    ["Magnet sales abroad were up nineteen percent on the month", 19],
    ["Deliveries to Mexico roughly halved after the new rules", -50],
    ["Cargoes bound for India more than doubled in the autumn", 100],
    ["Exports to Spain were down about a fifth from the spring", -20],
    ["The Korean figure slipped eleven per cent year on year", -11],
  ])("reads %s", (text, pct) => {
    const [hit] = findChanges(text);
    expect(hit?.pct).toBeCloseTo(pct, 1);
  });

  it.each([
    ["Les livraisons vers l'Inde ont été divisées par deux en juin.", -50],
    ["Las ventas de imanes a Corea se redujeron a la mitad en agosto.", -50],
    ["As vendas para o Japão caíram para metade em julho.", -50],
    ["Le spedizioni verso la Francia si sono dimezzate a settembre.", -50],
    ["Die Lieferungen nach Polen haben sich im Mai halbiert.", -50],
    ["Die Ausfuhren nach Japan erreichten das Dreifache des Vorjahres.", 200],
  ])("reads a multiple in another language: %s", (text, pct) => {
    expect(findChanges(text)[0]?.pct).toBeCloseTo(pct, 1);
  });

  it("reads a multiple with both its readings: 'a ninefold increase'", () => {
    expect(findChanges("Turkey saw a ninefold increase in magnet purchases")[0]?.readings).toHaveLength(2);
  });

  it.each([
    "Officials said the licences would be reviewed again after the talks.",
    "Buyers in Europe followed the negotiations closely.",
    "The ministry has not commented on the reports.",
  ])("finds none in prose that states no size: %s", (text) => {
    expect(WORDED_SIZE.test(text)).toBe(false);
    expect(findChanges(text)).toEqual([]);
  });

  it.each([
    "up twelve percent",
    "a third lower",
    "sevenfold",
    "three times as much",
    "per cent",
    "hat sich verdoppelt",
    "se duplicó",
    "增长一倍",
  ])("lets a size in words through: %s", (text) => {
    expect(WORDED_SIZE.test(text)).toBe(true);
  });
});

describe("ranks in clauses without a digit", () => {
  it.each([
    ["Volumes to Vietnam hit their lowest level since March", "low", { type: "since" }],
    ["It was the highest monthly total on record", "high", { type: "record" }],
    ["Exports to Italy were the weakest of the year", "low", { type: "year" }],
  ])("reads %s", (text, direction, scope) => {
    expect(findRanks(text)[0]).toMatchObject({ type: "rank", direction, scope });
  });

  it("reads a streak said in words: 'fell for a fourth straight month'", () => {
    expect(findRanks("Shipments to Thailand fell for a fourth straight month")[0]).toMatchObject({
      type: "streak",
      n: 4,
      direction: "down",
    });
  });
});
