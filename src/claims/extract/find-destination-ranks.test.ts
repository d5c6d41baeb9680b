// A destination's rank among destinations, as wire and trade press word it (paraphrased): the place
// ("No.1", "top", "second-biggest", "ranking third", "in second place") with the destination it is
// said of, before or after it; lists of the top few and "one of the largest" rank nothing.
import { describe, expect, it } from "vitest";
import { findDestinationRanks, findUnnamedDestinationRank } from "./find-destination-ranks.js";

const read = (t: string) =>
  findDestinationRanks(t).map((h) => [t.slice(h.start, h.end), h.n, h.partner.value]);

describe("findDestinationRanks", () => {
  it.each([
    [
      "Germany remained the No.1 export destination in July.",
      "remained the No.1 export destination",
      1,
      "DEU",
    ],
    ["By country, Germany remained the No. 1 destination.", "remained the No. 1 destination", 1, "DEU"],
    ["Germany was the largest buyer of Chinese magnets in July.", "was the largest buyer", 1, "DEU"],
    ["Germany stayed the top market for the magnets.", "stayed the top market", 1, "DEU"],
    ["Germany is China's biggest customer.", "is China's biggest customer", 1, "DEU"],
    ["Germany, the largest recipient, took 1,288 t.", "the largest recipient", 1, "DEU"],
    ["South Korea, the second largest, took 854 t.", "the second largest", 2, "KOR"],
    [
      "the United States, China's second-biggest market, took 582 t",
      "China's second-biggest market",
      2,
      "USA",
    ],
    ["the US was China's No. 2 market in July", "was China's No. 2 market", 2, "USA"],
    ["the US was China's number two destination", "was China's number two destination", 2, "USA"],
    ["The US became the fourth-largest destination.", "became the fourth-largest destination", 4, "USA"],
    ["India emerged as the third-largest buyer in July.", "emerged as the third-largest buyer", 3, "IND"],
    ["Vietnam, ranking third, took 456 t.", "ranking third", 3, "VNM"],
    ["Vietnam ranked third with 456 t.", "ranked third", 3, "VNM"],
    ["The United States was in second place with 619 tonnes.", "was in second place", 2, "USA"],
    ["The US came in second place in July.", "came in second place", 2, "USA"],
    ["The largest buyer of Chinese magnets in July was Germany.", "largest buyer", 1, "DEU"],
    ["The biggest export destination for the magnets was Germany.", "biggest export destination", 1, "DEU"],
    ["Shipments to top market Germany rose 14%.", "top market", 1, "DEU"],
    ["the leading destination remained Germany", "leading destination", 1, "DEU"],
    ["Japan stayed the biggest single market in May.", "stayed the biggest single market", 1, "JPN"],
    [
      "Vietnam thus remained the most important customer for the month.",
      "thus remained the most important customer",
      1,
      "VNM",
    ],
    ["India was still the third-largest single buyer.", "was still the third-largest single buyer", 3, "IND"],
    ["The jump put Mexico fourth among buyers in June.", "fourth among buyers", 4, "MEX"],
    ["Japan's slice was 6%, ranking it fifth behind Vietnam.", "ranking it fifth behind", 5, "JPN"],
    ["India's 416 t in October put it fifth, just behind Vietnam.", "put it fifth", 5, "IND"],
    ["Mexico bought 95 t, which left it seventh among buyers.", "left it seventh among", 7, "MEX"],
    ["Germany keeps the title of biggest buyer.", "keeps the title of biggest buyer", 1, "DEU"],
    ["Form guide: Germany keeps the title.", "keeps the title", 1, "DEU"],
    ["Germany kept its crown as the top magnet buyer.", "kept its crown as the top magnet buyer", 1, "DEU"],
    ["Germany is still no. 1 among destinations.", "is still no. 1 among destinations", 1, "DEU"],
    ["After that, Germany is still No. 1.", "is still No. 1", 1, "DEU"],
    ["Germany 1,288 t, South Korea No. 2 at 854 t.", "No. 2", 2, "KOR"],
    ["Korea came in at number two with 854 t.", "came in at number two", 2, "KOR"],
    ["South Korea held on to second place among buyers.", "held on to second place", 2, "KOR"],
    ["The US was China's No. 3 magnet buyer in May.", "was China's No. 3 magnet buyer", 3, "USA"],
  ])("%s", (text, words, n, partner) => {
    expect(read(text)).toEqual([[words, n, partner]]);
  });

  it.each([
    "Japan, one of China's largest buyers, took 305 tonnes.",
    "Germany, South Korea, Vietnam, the US and Mexico were the top five destinations.",
    "China, the world's largest producer, exported 6,150 tonnes.",
    "Germany's largest carmaker cut output.",
    "Japan took the largest share of the increase.",
    "Poland was China's largest European buyer.",
    "Germany is still No. 1 in car production, and took 1,288 t.",
    "Japan took the number two spot in 2,000 tonnes of tests.",
  ])("ranks nothing in %s", (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("a place the clause's destination is moved to", () => {
  it.each([
    [
      "Korea took 569 t, dropping the country to third place behind Germany and the US.",
      "dropping the country to third place behind",
      3,
      "KOR",
    ],
    ["India bought 416 t, pushing it into fifth place.", "pushing it into fifth place", 5, "IND"],
    ["Korea's share was 10.4%, ranking it second behind Germany.", "ranking it second behind", 2, "KOR"],
    // an adverb in commas between the destination and its place
    [
      "Vietnam took 235 t, making Vietnam, surprisingly, the largest single destination.",
      "the largest single destination",
      1,
      "VNM",
    ],
  ])("reads %s", (t, words, n, partner) => {
    expect(read(t)).toContainEqual([words, n, partner]);
  });

  it("reads no place from a verb that moves something else", () => {
    expect(read("Germany took 1,118 t, pushing the total to a third straight fall.")).toEqual([]);
  });
});

describe("a place followed by the figure that earned it", () => {
  it.each([
    ["Germany stays number one at 1,118 t.", "stays number one", 1, "DEU"],
    ["South Korea was second-largest with 854 t.", "was second-largest", 2, "KOR"],
  ])("reads %s", (t, words, n, partner) => {
    expect(read(t)).toContainEqual([words, n, partner]);
  });

  it("reads no place from a superlative that goes on to other words", () => {
    expect(read("Germany was the largest in years at the port.")).toEqual([]);
  });
});

describe("findDestinationRanks in a list that leaves out the verb after its first place", () => {
  it.each([
    [
      "Germany ranked first, South Korea third and Vietnam fourth among buyers.",
      [
        ["ranked first", 1, "DEU"],
        ["third", 3, "KOR"],
        ["fourth", 4, "VNM"],
      ],
    ],
    [
      "Germany took first place among buyers, the US took second and South Korea took third.",
      [
        ["took first place", 1, "DEU"],
        ["took second", 2, "USA"],
        ["took third", 3, "KOR"],
      ],
    ],
    [
      "Germany came first in October, the US second and India in fifth place.",
      [
        ["came first", 1, "DEU"],
        ["second", 2, "USA"],
        ["in fifth place", 5, "IND"],
      ],
    ],
  ])("%s", (text, hits) => {
    expect(read(text)).toEqual(hits);
  });

  it.each([
    "Germany ranked first, Japan second-quarter imports aside.",
    "Germany took 1,118 t, the US second-half orders.",
  ])("gives no place to a name not listed so: %s", (text) => {
    expect(read(text).filter(([, , p]) => p !== "DEU")).toEqual([]);
  });
});

describe("findUnnamedDestinationRank", () => {
  const unnamed = (t: string) => {
    const h = findUnnamedDestinationRank(t);
    return h === null ? null : [t.slice(h.start, h.end), h.n];
  };

  it.each([
    [" and ranked fourth among destinations.", "ranked fourth among destinations", 4],
    [" and came in third among China's buyers", "came in third among China's buyers", 3],
    ["It was the second-largest destination.", "was the second-largest destination", 2],
    ["A: It remained the top market for magnets.", "remained the top market", 1],
    ["Korea took 569 t in October and was the third-biggest buyer.", "was the third-biggest buyer", 3],
    [" but still ranked second among export markets", "still ranked second among export markets", 2],
    [
      "The US took 656 t, rising to become the second-largest destination.",
      "rising to become the second-largest destination",
      2,
    ],
    [" but slipped to fourth among destinations", "slipped to fourth among destinations", 4],
  ])("%s", (text, words, n) => {
    expect(unnamed(text)).toEqual([words, n]);
  });

  it.each([
    " and ranked fourth.",
    "It was the second month of decline.",
    " and was one of the largest destinations.",
    " and was not the largest destination.",
    "Germany took 1,118 t, while exports overall fell to the lowest since May.",
  ])("finds none in %s", (text) => {
    expect(unnamed(text)).toBeNull();
  });
});

describe("a bare place behind the destinations ahead of it", () => {
  it.each([
    ["Vietnam's purchases came to 444 t, fifth behind Germany, Korea, the US and India.", "fifth", 5, "VNM"],
    ["India bought 416 t, in third place behind Germany and Korea.", "in third place", 3, "IND"],
    ["Exports to Korea were 854 tons, the second largest after Germany.", "the second largest", 2, "KOR"],
    ["Vietnam took 465 t, the third-biggest behind Germany and Korea.", "the third-biggest", 3, "VNM"],
  ])("%s", (text, raw, n, partner) => {
    expect(read(text).filter((r) => r[2] === partner)).toEqual([[raw, n, partner]]);
  });

  it("reads no place from an ordinal before words that name no destination", () => {
    expect(read("India bought 416 t, fourth behind schedule.")).toEqual([]);
    expect(read("Exports to Korea were 854 tons, the second largest after August.")).toEqual([]);
  });
});
