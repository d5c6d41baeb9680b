import { describe, expect, it } from "vitest";
import { linkConcernsTrade } from "./link-topic.js";

describe("linkConcernsTrade", () => {
  it("flags an address whose headline is about something else", () => {
    expect(
      linkConcernsTrade(
        "https://www.mexc.co/en-IN/news/mbit-casino-leads-bitcoin-gaming-with-8000-games-fast-crypto-payouts-and-full-anonymity/104882",
      ),
    ).toBe(false);
  });

  it("accepts addresses about the subject, in other languages, or opaque ids", () => {
    for (const url of [
      "https://thewest.com.au/business/mining/new-data-shows-sharp-fall-in-chinas-rare-earth-sales-to-the-us-c-21074598",
      "https://poland.co.pl/eksport-magnesow-z-ziem-rzadkich-z-chin-do-usa-spadl-o-30-34646720.html",
      "https://tw.news.yahoo.com/%E4%B8%AD%E5%9C%8B11%E6%9C%88%E7%A8%80%E5%9C%9F%E5%87%BA%E5%8F%A3-101000611.html",
      "http://www.snmnews.com/news/articleView.html?idxno=561425",
      "https://tass.com/economy/2099305",
    ])
      expect(linkConcernsTrade(url), url).toBe(true);
  });

  it("lets a title about the subject vouch for an address", () => {
    expect(
      linkConcernsTrade("https://x.org/weekly-review-of-the-week-ahead", "China's magnet exports in July"),
    ).toBe(true);
  });
});
