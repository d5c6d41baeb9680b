import { describe, expect, it } from "vitest";
import { isWebAddress } from "./web-address.js";

describe("isWebAddress", () => {
  it("accepts http and https addresses, parentheses and percent-encoding included", () => {
    for (const u of [
      "https://tass.com/economy/2099305",
      "http://3.127.128.221/2025/03/20/x",
      "https://en.wikipedia.org/wiki/Rare_earth_(element)",
      "https://x.org/a%22b?q=1&r=2#s",
    ]) {
      expect(isWebAddress(u), u).toBe(true);
    }
  });

  it("rejects quotes, angle brackets, spaces and other schemes", () => {
    for (const u of [
      'https://x.org/a"onmouseover="alert(1)',
      "https://x.org/it's",
      "https://x.org/<script>",
      "https://x.org/a b",
      "https://x.org/`x`",
      "javascript:alert(1)",
      "ftp://x.org/f",
      "https://",
      "https:///path",
    ]) {
      expect(isWebAddress(u), u).toBe(false);
    }
  });
});
