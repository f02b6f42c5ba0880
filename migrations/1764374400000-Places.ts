import { MigrationInterface, QueryRunner } from 'typeorm';
import { readPackagedPlaces } from '../src/profiles/places/packaged-places.js';
import { importPlaces } from '../src/profiles/places/place-import.js';

/**
 * The gazetteer in the database: the packaged GeoNames places, and every name each is known by
 * (its own and its alternate names, folded for search) with the place's country and population
 * copied beside it, so a search reads one index and ranks without a join. Indexes are built after
 * the rows are in: prefix indexes (text_pattern_ops, for LIKE 'abc%' and equality; population
 * included so a range is ranked from the index alone), population order for short prefixes that
 * match tens of thousands of names, and a trigram index over the places' own names for near misses
 * (over every alternate name it took four times as long to build and answered no better).
 */
export class Places1764374400000 implements MigrationInterface {
  name = 'Places1764374400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE places (
        id integer PRIMARY KEY,
        name text NOT NULL,
        country_code char(2) NOT NULL,
        lat double precision NOT NULL,
        lon double precision NOT NULL,
        population integer NOT NULL
      )`);
    await db.query(`
      CREATE TABLE place_names (
        key text NOT NULL,
        place_id integer NOT NULL REFERENCES places(id) ON DELETE CASCADE,
        country_code char(2) NOT NULL,
        population integer NOT NULL,
        own_name boolean NOT NULL,
        PRIMARY KEY (place_id, key)
      )`);
    await importPlaces((sql, parameters) => db.query(sql, parameters), readPackagedPlaces());
    await db.query('CREATE INDEX place_names_key_prefix ON place_names (key text_pattern_ops) INCLUDE (population)');
    await db.query('CREATE INDEX place_names_country_key_prefix ON place_names (country_code, key text_pattern_ops) INCLUDE (population)');
    await db.query('CREATE INDEX place_names_by_population ON place_names (population DESC)');
    await db.query('CREATE INDEX place_names_country_by_population ON place_names (country_code, population DESC)');
    await db.query('CREATE INDEX place_names_own_key_trigrams ON place_names USING gin (key gin_trgm_ops) WHERE own_name');
    await db.query('ANALYZE places');
    await db.query('ANALYZE place_names');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE place_names');
    await db.query('DROP TABLE places');
  }
}
