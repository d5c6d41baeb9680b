#!/usr/bin/env node
// Entry point of the `lodestone` command: the compiled CLI lives in dist/ (built on install).
import { setFlagsFromString } from "node:v8";

// A command runs the claim reader's large patterns cold, each a few times: compiling a pattern
// straight to machine code costs less than interpreting it first and compiling it when it is hot.
// The setting only gives each pattern created from here on no interpreted first run; matching is
// unchanged. Switching tier-up off altogether at run time (--no-regexp-tier-up) crashed the process
// now and then: patterns the module loader had already compiled for the interpreter were then
// entered as machine code.
setFlagsFromString("--regexp-tier-up-ticks=0");
const { main } = await import("../dist/cli/main.js");

// A reader that stops early (`lodestone verify x.txt | head`) closes the pipe: that ends the
// command quietly, as it ends any shell tool, instead of an unhandled EPIPE error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));
