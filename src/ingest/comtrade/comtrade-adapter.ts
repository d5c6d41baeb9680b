// placeholder replaced below
import type { Adapter } from "../adapter.js";
export const comtradeAdapter: Adapter = {
  name: "comtrade", combine: true, detect: () => false, describe: () => "UN Comtrade",
  prepare: async () => ({ write: null, fieldName: (_f, x) => x, cleanup: async () => {} }),
};
