#!/usr/bin/env node
// Entry point of the `lodestone` command: the compiled CLI lives in dist/ (built on install).
import { setFlagsFromString } from "node:v8";

// A command runs the claim reader's large patterns cold, each a few times: compiling a pattern
// straight to machine code costs less than interpreting it first and compiling it when it is hot.
// Set before the CLI loads, so every pattern is compiled under it; matching itself is unchanged.
setFlagsFromString("--no-regexp-tier-up");
const { main } = await import("../dist/cli/main.js");

process.exitCode = await main(process.argv.slice(2));
