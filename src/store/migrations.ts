// Versioned schema migrations, applied in order on open. A database written by a newer Lodestone
// (a higher version than the last one here) is refused rather than misread.
import { derivedIdSql, periodColumnsSql } from "./observation-rows.js";

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: "sources, observations, events, ingests",
    sql: `
      CREATE TABLE sources (
        id VARCHAR PRIMARY KEY,
        kind VARCHAR NOT NULL CHECK (kind IN ('official', 'wire', 'press', 'industry')),
        publisher VARCHAR NOT NULL,
        origin VARCHAR NOT NULL,
        url VARCHAR,
        url_status VARCHAR NOT NULL CHECK (url_status IN ('ok', 'missing', 'mirror')),
        published VARCHAR,
        retrieved TIMESTAMP,
        title VARCHAR
      );
      CREATE TABLE observations (
        id VARCHAR PRIMARY KEY,
        source_id VARCHAR NOT NULL REFERENCES sources (id),
        reporter VARCHAR NOT NULL,
        flow VARCHAR NOT NULL CHECK (flow IN ('export', 'import')),
        series VARCHAR NOT NULL,
        hs_code VARCHAR,
        partner VARCHAR NOT NULL,
        period VARCHAR NOT NULL,
        period_kind VARCHAR NOT NULL CHECK (period_kind IN ('month', 'year', 'range')),
        period_start VARCHAR NOT NULL,
        period_end VARCHAR NOT NULL,
        measure VARCHAR NOT NULL,
        value DECIMAL(38, 6),
        precision_unit DECIMAL(38, 6),
        unit VARCHAR NOT NULL,
        original_value VARCHAR,
        original_unit VARCHAR,
        vintage VARCHAR,
        status VARCHAR NOT NULL CHECK (status IN ('preliminary', 'revised', 'final')),
        stated_mom_pct DECIMAL(18, 4),
        stated_yoy_pct DECIMAL(18, 4),
        stated_change_pct DECIMAL(18, 4),
        stated_change_basis VARCHAR,
        stated_rank INTEGER,
        stated_rank_direction VARCHAR,
        stated_rank_scope VARCHAR,
        stated_streak INTEGER,
        note VARCHAR,
        correction VARCHAR,
        ref_rows VARCHAR,
        ingest_id VARCHAR NOT NULL
      );
      CREATE INDEX observations_key ON observations (series, reporter, flow, partner, period);
      CREATE TABLE events (
        id VARCHAR PRIMARY KEY,
        announced VARCHAR,
        effective VARCHAR,
        authority VARCHAR NOT NULL,
        reference VARCHAR,
        kind VARCHAR NOT NULL,
        summary VARCHAR NOT NULL,
        commodities VARCHAR[] NOT NULL,
        partners VARCHAR[] NOT NULL,
        url VARCHAR
      );
      CREATE TABLE ingests (
        id VARCHAR PRIMARY KEY,
        file VARCHAR NOT NULL,
        sha256 VARCHAR NOT NULL,
        format VARCHAR NOT NULL,
        rows INTEGER NOT NULL,
        inserted INTEGER NOT NULL,
        ingested_at TIMESTAMP NOT NULL
      );
    `,
  },
  {
    version: 2,
    description:
      "observation details (an official figure's split by customs regime or location), ingest batches",
    sql: `
      CREATE TABLE observation_details (
        id VARCHAR PRIMARY KEY,
        observation_id VARCHAR NOT NULL,
        regime_code VARCHAR,
        regime VARCHAR,
        location_code VARCHAR,
        location VARCHAR,
        value DECIMAL(38, 6),
        unit VARCHAR NOT NULL,
        original_value VARCHAR,
        original_unit VARCHAR
      );
      ALTER TABLE ingests ADD COLUMN batch VARCHAR;
    `,
  },
  {
    version: 3,
    description: "verdicts on recorded articles, as claims of their publisher",
    sql: `
      CREATE TABLE recorded_claims (
        article VARCHAR NOT NULL,
        seq INTEGER NOT NULL,
        publisher VARCHAR NOT NULL,
        url VARCHAR,
        published VARCHAR,
        recorded_at TIMESTAMP NOT NULL,
        verdict VARCHAR NOT NULL CHECK (verdict IN ('supported', 'contradicted', 'unverifiable')),
        claim VARCHAR NOT NULL,
        PRIMARY KEY (article, seq)
      );
    `,
  },
  {
    version: 4,
    description:
      "observations and their details without primary key, index or foreign key: an ingest keeps them unique itself",
    // Rebuilt rather than altered (DuckDB cannot drop a primary key in place). The rows are copied as
    // they are; the old key guarantees they hold no duplicate ids. See docs/decisions.md, "Official statistics".
    sql: `
      CREATE TABLE observations_v4 (
        id VARCHAR NOT NULL,
        source_id VARCHAR NOT NULL,
        reporter VARCHAR NOT NULL,
        flow VARCHAR NOT NULL CHECK (flow IN ('export', 'import')),
        series VARCHAR NOT NULL,
        hs_code VARCHAR,
        partner VARCHAR NOT NULL,
        period VARCHAR NOT NULL,
        period_kind VARCHAR NOT NULL CHECK (period_kind IN ('month', 'year', 'range')),
        period_start VARCHAR NOT NULL,
        period_end VARCHAR NOT NULL,
        measure VARCHAR NOT NULL,
        value DECIMAL(38, 6),
        precision_unit DECIMAL(38, 6),
        unit VARCHAR NOT NULL,
        original_value VARCHAR,
        original_unit VARCHAR,
        vintage VARCHAR,
        status VARCHAR NOT NULL CHECK (status IN ('preliminary', 'revised', 'final')),
        stated_mom_pct DECIMAL(18, 4),
        stated_yoy_pct DECIMAL(18, 4),
        stated_change_pct DECIMAL(18, 4),
        stated_change_basis VARCHAR,
        stated_rank INTEGER,
        stated_rank_direction VARCHAR,
        stated_rank_scope VARCHAR,
        stated_streak INTEGER,
        note VARCHAR,
        correction VARCHAR,
        ref_rows VARCHAR,
        ingest_id VARCHAR NOT NULL
      );
      INSERT INTO observations_v4 BY NAME SELECT * FROM observations;
      DROP INDEX observations_key;
      DROP TABLE observations;
      ALTER TABLE observations_v4 RENAME TO observations;
      CREATE TABLE observation_details_v4 (
        id VARCHAR NOT NULL,
        observation_id VARCHAR NOT NULL,
        regime_code VARCHAR,
        regime VARCHAR,
        location_code VARCHAR,
        location VARCHAR,
        value DECIMAL(38, 6),
        unit VARCHAR NOT NULL,
        original_value VARCHAR,
        original_unit VARCHAR
      );
      INSERT INTO observation_details_v4 BY NAME SELECT * FROM observation_details;
      DROP TABLE observation_details;
      ALTER TABLE observation_details_v4 RENAME TO observation_details;
    `,
  },
  {
    version: 5,
    description:
      "observations stored narrower (observation_rows): an official figure's id and a period's kind, start and end derived in the view observations",
    // An id equal to the one derived from the row's own columns is stored as null; any other id (a
    // curated figure's fingerprint) is kept. See docs/decisions.md, "Official statistics".
    sql: `
      CREATE TABLE observation_rows (
        id VARCHAR,
        source_id VARCHAR NOT NULL,
        reporter VARCHAR NOT NULL,
        flow VARCHAR NOT NULL CHECK (flow IN ('export', 'import')),
        series VARCHAR NOT NULL,
        hs_code VARCHAR,
        partner VARCHAR NOT NULL,
        period VARCHAR NOT NULL,
        measure VARCHAR NOT NULL,
        value DECIMAL(38, 6),
        precision_unit DECIMAL(38, 6),
        unit VARCHAR NOT NULL,
        original_value VARCHAR,
        original_unit VARCHAR,
        vintage VARCHAR,
        status VARCHAR NOT NULL CHECK (status IN ('preliminary', 'revised', 'final')),
        stated_mom_pct DECIMAL(18, 4),
        stated_yoy_pct DECIMAL(18, 4),
        stated_change_pct DECIMAL(18, 4),
        stated_change_basis VARCHAR,
        stated_rank INTEGER,
        stated_rank_direction VARCHAR,
        stated_rank_scope VARCHAR,
        stated_streak INTEGER,
        note VARCHAR,
        correction VARCHAR,
        ref_rows VARCHAR,
        ingest_id VARCHAR NOT NULL
      );
      INSERT INTO observation_rows BY NAME
        SELECT * EXCLUDE (id, period_kind, period_start, period_end), nullif(id, ${derivedIdSql()}) AS id FROM observations;
      DROP TABLE observations;
      CREATE VIEW observations AS
        SELECT coalesce(id, ${derivedIdSql()}) AS id, source_id, reporter, flow, series, hs_code, partner, period,
          ${periodColumnsSql("period")},
          measure, value, precision_unit, unit, original_value, original_unit, vintage, status,
          stated_mom_pct, stated_yoy_pct, stated_change_pct, stated_change_basis, stated_rank, stated_rank_direction,
          stated_rank_scope, stated_streak, note, correction, ref_rows, ingest_id
        FROM observation_rows;
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
