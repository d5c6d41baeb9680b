// The verdicts `verify` gives a text, as [claim words, verdict] pairs: what the claim tests compare.
import { verifyClaims } from "../../src/claims/index.js";
import type { Store } from "../../src/store/open-store.js";

/** `[text, verdict]` of every claim found in `text`, checked against `store` as of `published`. */
export async function verdictsOf(
  store: Store,
  text: string,
  published = "2025-12-20",
): Promise<Array<[string, string | undefined]>> {
  return (await verifyClaims(store, text, { published })).claims.map((c) => [c.text, c.verdict]);
}
