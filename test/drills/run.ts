// `npm run drills`: the malformed-input catalogue and the readers-during-ingest drill, as a table.
import { openLodestone } from "../../src/ingest/reference-data.js";
import { runDrills } from "./malformed-inputs.js";
import { readersDuringIngest } from "./readers-during-ingest.js";

const store = await openLodestone({ path: ":memory:" });
const rows = await runDrills(store);
store.close();
const width = Math.max(...rows.map((r) => r.name.length));
console.log(`${"drill".padEnd(width)}  clear  unchanged      ms  first problem`);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(width)}  ${(r.clear ? "yes" : "NO").padEnd(5)}  ${(r.unchanged ? "yes" : "NO").padEnd(9)}  ${r.ms.toFixed(0).padStart(6)}  ${r.error.slice(0, 70)}`,
  );
}
const passed = rows.filter((r) => r.clear && r.unchanged).length;
console.log(`\n${passed} of ${rows.length} malformed inputs: a clear error, the store unchanged`);
const readers = await readersDuringIngest();
console.log(
  `readers during an ingest of ${readers.rows} rows: ${readers.reads} reads, counts seen ${readers.seen.join(", ")} (before ${readers.before}, after ${readers.after}): ${readers.ok ? "before or after, never between" : "SAW A STATE BETWEEN"}`,
);
process.exitCode = passed === rows.length && readers.ok ? 0 : 1;
