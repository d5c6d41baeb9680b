// Run by the kill -9 drill in a child process: open a database file, ingest files into it with a
// fixed clock (so two complete runs store the same bytes), and say each step on stdout as it starts.
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import { openStore } from "../../src/store/open-store.js";

const [db, ...files] = process.argv.slice(2);
const store = await openStore({ path: db! });
process.stdout.write("opened\n");
const result = await ingestFiles(store, files, {
  now: new Date("2026-01-01T00:00:00Z"),
  progress: (step) => process.stdout.write(`step ${step}\n`),
});
store.close();
process.stdout.write(`done ${result.inserted}\n`);
