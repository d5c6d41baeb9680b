import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";
import { findComparisons } from "./find-comparisons.js";
import { findDirections } from "./find-directions.js";

const dirs = (clause: string) => findDirections(clause).map((d) => d.direction);

describe("findDirections", () => {
  it("reads a rise or fall verb used of a flow, whatever follows it", () => {
    expect(dirs("magnet shipments slipped again in March")).toEqual(["down"]);
    expect(dirs("exports to Korea climbed nine per cent")).toEqual(["up"]);
    expect(dirs("sales abroad rose fourfold")).toEqual(["up"]);
    expect(dirs("outbound volumes fell a quarter")).toEqual(["down"]);
    expect(dirs("the total dropped the most since 2020")).toEqual(["down"]);
    expect(dirs("deliveries recovered.")).toEqual(["up"]);
  });

  it("leaves alone a verb with an object: it moves the object, not a figure", () => {
    expect(dirs("as the ministry eased permit delays after the talks")).toEqual([]);
    expect(dirs("officials expanded their list of controlled items")).toEqual([]);
    expect(dirs("the new rules eased the pressure on buyers")).toEqual([]);
  });

  it("leaves alone a refusal: a verb followed by 'to' and another verb", () => {
    expect(dirs("said a Ningbo exporter who declined to be named")).toEqual([]);
    expect(dirs("the commerce ministry declined to comment on the October data")).toEqual([]);
    expect(dirs("officials declined to give a breakdown by country")).toEqual([]);
    expect(dirs("deliveries to Japan declined to 226 t")).toEqual(["down"]);
    expect(dirs("the total fell to the lowest since May")).toEqual(["down"]);
  });

  it("reads a first move after others as the month's direction", () => {
    expect(dirs("the first monthly rise in four months")).toEqual(["up"]);
    expect(dirs("FIRST MONTHLY DECLINE SINCE JUNE")).toEqual(["down"]);
    expect(dirs("the first decline in three months")).toEqual(["down"]);
  });

  it("reads a first move on the year as the month's direction on the year, and no monthly run", () => {
    expect(dirs("the first annual increase since March")).toEqual(["up"]);
    expect(dirs("its first year-on-year drop in five months")).toEqual(["down"]);
    const c = extractClaims("Korean intake in October, 569 t, was the first y/y decline since July.", {
      published: "2025-11-20",
    });
    expect(
      c.map((x) => [x.kind, x.kind === "direction" && x.stated.type === "direction" ? x.stated.basis : null]),
    ).toContainEqual(["direction", "yoy"]);
    expect(c.filter((x) => x.kind === "rank")).toEqual([]);
  });

  it("reads a move named as a noun, or opening an answer", () => {
    expect(dirs("the customs figures showed a steep monthly fall")).toEqual(["down"]);
    expect(dirs("Down again, to roughly 1,120 tonnes")).toEqual(["down"]);
    expect(dirs("GUEST: Up 5% on the month")).toEqual(["up"]);
    expect(dirs("Up to 5,000 tonnes could go")).toEqual([]);
  });

  it("reads a comparative that opens an answer as the move, but not a bound on a number", () => {
    expect(findDirections("Somewhat fewer: 280 t, after 305 t")).toEqual([
      { start: 0, end: 14, direction: "down" },
    ]);
    expect(dirs("HOST: Higher, at 305 t")).toEqual(["up"]);
    expect(dirs("Less again.")).toEqual(["down"]);
    expect(dirs("More than 500 t went to Korea")).toEqual([]);
    expect(dirs("Fewer than a dozen buyers")).toEqual([]);
  });

  it("reads no move of the month where the verb tells what happened over a stretch looked back on", () => {
    expect(dirs("after weeks in which buyers' orders slid, the month's figure")).toEqual([]);
    expect(dirs("a spell during which volumes recovered steadily")).toEqual([]);
    expect(dirs("the licences follow months in which Chinese deliveries climbed")).toEqual([]);
    expect(dirs("the month in which deliveries climbed")).toEqual(["up"]);
  });

  it("skips forecasts", () => {
    expect(dirs("volumes would have dropped without the licences")).toEqual([]);
  });

  it.each([
    "and Vietnam slipped to fourth among destinations",
    "Korea climbed to second place in the ranking",
    "the US fell back to third.",
    "Japan jumped to become the fifth-largest buyer",
  ])("reads no move of the tonnage where the verb moves a place: %s", (clause) => {
    expect(dirs(clause)).toEqual([]);
  });

  it("still reads a move to a level", () => {
    expect(dirs("shipments slipped to 444 t")).toEqual(["down"]);
    expect(dirs("exports rose to the second-highest level this year")).toEqual(["up"]);
  });
});

describe("findComparisons", () => {
  const compared = (clause: string) => findComparisons(clause).map((d) => clause.slice(d.start, d.end));

  it("reads a comparison with a month named as a period", () => {
    expect(compared("shipments came in under the October level")).toEqual(["under the October"]);
    expect(compared("volumes stayed below September's")).toEqual(["below September's"]);
  });

  it.each([
    "as permits granted under the October truce with Washington began to arrive",
    "exports recovered under the May trade deal",
    "volumes held up even under April's licensing regime",
  ])("leaves alone a month that names a policy: %s", (clause) => {
    expect(compared(clause)).toEqual([]);
  });
});

describe("a move in the order of destinations", () => {
  it.each([
    "South Korea slipped to third place among buyers",
    "Japan fell to fifth",
    "India climbed into second spot",
    "Vietnam dropped back to fourth on the list",
  ])("is no direction of the volume: %s", (clause) => {
    expect(dirs(clause)).toEqual([]);
  });

  it.each([
    "shipments fell in the second half",
    "exports dropped to the lowest since May",
    "volumes fell for a third straight month",
  ])("leaves a move that is the volume's: %s", (clause) => {
    expect(dirs(clause)).toEqual(["down"]);
  });
});
