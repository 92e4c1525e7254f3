/**
 * compose.yaml, checked without a Docker engine (none runs here): it parses as YAML (anchors and merge keys
 * resolved), and says what the README promises: PostgreSQL with a health check, two bot instances built
 * from this Dockerfile that wait for it, reach it through DATABASE_URL, and listen on different host ports.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.ts';

interface Service {
  build?: string;
  image?: string;
  env_file?: string;
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  ports?: string[];
  volumes?: string[];
}

const text = readFileSync(path.join(ROOT, 'compose.yaml'), 'utf8');
// gray-matter's YAML engine (js-yaml's safe schema, merge keys included) reads the file as front matter.
const compose = matter(`---\n${text}\n---\n`, { excerpt: false }).data as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};

describe('compose.yaml', () => {
  it('runs PostgreSQL with a health check and keeps its data in a volume', () => {
    const db = compose.services.postgres as Service;
    expect(db.image).toMatch(/^postgres:\d+/);
    expect(db.healthcheck?.test.join(' ')).toContain('pg_isready');
    expect(db.volumes?.[0]).toMatch(/^pgdata:/);
    expect(Object.keys(compose.volumes)).toContain('pgdata');
  });

  it('runs two bot instances from this Dockerfile on the database, on different host ports', () => {
    const bots = Object.entries(compose.services).filter(([name]) => name.startsWith('bot-'));
    expect(bots).toHaveLength(2);
    expect(existsSync(path.join(ROOT, 'Dockerfile'))).toBe(true);
    for (const [, bot] of bots) {
      expect(bot.build).toBe('.');
      expect(bot.env_file).toBe('.env');
      expect(bot.environment?.DATABASE_URL).toMatch(
        /^postgres:\/\/newsdesk:\$\{POSTGRES_PASSWORD[^}]*\}@postgres:5432\/newsdesk$/,
      );
      expect(bot.depends_on?.postgres?.condition).toBe('service_healthy');
      expect(bot.ports?.[0]).toMatch(/^\d+:3000$/);
    }
    const hostPorts = bots.map(([, bot]) => bot.ports?.[0]?.split(':')[0]);
    expect(new Set(hostPorts).size).toBe(2);
  });

  it('reads only variables that .env.example documents', () => {
    const example = readFileSync(path.join(ROOT, '.env.example'), 'utf8');
    const used = [...text.matchAll(/\$\{(\w+)/g)].map((m) => m[1]);
    for (const name of new Set(used)) expect(example).toMatch(new RegExp(`^${name}=`, 'm'));
  });
});
