/** A database of its own for each test file, on the server tests/setup/postgres.ts started. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** Why the database tests cannot run here ('' when they can; never outside CI's knowledge: see the setup). */
export const databaseMissing = inject('postgresMissing');

/** Creates an empty database and resolves with its URL. */
export async function freshDatabase(): Promise<string> {
  const admin = inject('postgresUrl');
  const name = `newsdesk_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}
