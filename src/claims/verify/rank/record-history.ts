// How much history the data must hold before it can tell a record from the months or years held.

/** The months of history, before the month itself, that a record needs to be told from the data. */
export const RECORD_HISTORY = 11;
/** The full years of history a record year needs to be told from the data. */
export const RECORD_YEARS = 5;
/** A record counted over the data the writer has: "in the available data", "in the series". */
export const OVER_THE_DATA = /\b(?:data|series)\b/i;
