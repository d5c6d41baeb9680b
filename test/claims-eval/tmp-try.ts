import { openLodestone } from "../../src/ingest/reference-data.js";
import { verifyClaims } from "../../src/claims/verify.js";
import { readFileSync } from "node:fs";
const store = await openLodestone({ path: ":memory:" });
for (const block of readFileSync("/tmp/try.txt", "utf8").split("\n====\n")) {
  const [pub, ...rest] = block.split("\n");
  const text = rest.join("\n");
  const r = await verifyClaims(store, text, { published: pub!.trim() });
  console.log("----", pub);
  for (const c of r.claims) console.log(c.verdict.padEnd(12), c.mode.padEnd(8), JSON.stringify(c.text), c.kind, c.series, c.partner, c.period, JSON.stringify(c.grounds), "|", c.explanation.slice(0, 110));
}
store.close();
