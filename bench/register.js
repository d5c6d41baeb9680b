// Lets `node --import ./bench/register.js bench/run.ts` load the TypeScript benchmarks directly.
import { register } from "tsx/esm/api";

register();
