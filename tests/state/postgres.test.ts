/**
 * The PostgreSQL state layer on a real server (tests/setup/postgres.ts): migrations, leader leases, the feed
 * state, Slack installations, and the shared articles with their notifications.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/feeds/state.ts';
import { PgArticleStore } from '../../src/state/postgres/articles.ts';
import { importCorpus } from '../../src/state/postgres/corpusImport.ts';
import { type Database, openDatabase, safeLocation } from '../../src/state/postgres/database.ts';
import { PgFeedStateStore } from '../../src/state/postgres/feedState.ts';
import { PgInstallationStore } from '../../src/state/postgres/installations.ts';
import { leadByLease, takeLease } from '../../src/state/postgres/leases.ts';
import { PgDigestLedger } from '../../src/state/postgres/digestLedger.ts';
import { migrate, migrations } from '../../src/state/postgres/migrate.ts';
import { openMirror } from '../../src/state/postgres/mirror.ts';
import { databaseMissing, freshDatabase } from '../helpers/database.ts';
import { memoryLogger } from '../helpers/logs.ts';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Migration options: the invented first story is "harbor". */
const migrating = () => ({ log: memoryLogger().log, firstStory: 'harbor' });

async function database(url?: string): Promise<{ db: Database; url: string }> {
  const at = url ?? (await freshDatabase());
  const db = openDatabase({ url: at, log: memoryLogger().log, max: 10 });
  cleanups.push(() => db.close());
  return { db, url: at };
}

async function migrated(): Promise<{ db: Database; url: string }> {
  const opened = await database();
  await migrate(opened.db, migrating());
  return opened;
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await sleep(20);
  }
}

describe.skipIf(databaseMissing !== '')('migrations', () => {
  it('apply every version once; run again they are a no-op', async () => {
    const { db } = await database();
    const first = await migrate(db, migrating());
    expect(first).toEqual(migrations().map((m) => m.version));
    expect(await migrate(db, migrating())).toEqual([]);
    const { rows } = await db.pool.query('SELECT version FROM newsdesk_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(first);
  });

  it('do not collide when several instances migrate one database at once', async () => {
    const { url } = await database();
    const instances = await Promise.all([1, 2, 3, 4].map(() => database(url)));
    const applied = await Promise.all(instances.map(({ db }) => migrate(db, migrating())));
    // One instance applied everything; the others waited for the lock and found nothing left to do.
    expect(applied.flat().sort()).toEqual(migrations().map((m) => m.version));
    expect(applied.filter((a) => a.length === 0)).toHaveLength(3);
  });

  it('keep the rows of a one-story database under the first story; run again they change nothing', async () => {
    const { db } = await database();
    // The schema as it was before stories: every article and digest claim was the one story's.
    const oneStory = migrations().filter((m) => m.version <= 4);
    await migrate(db, { ...migrating(), list: oneStory });
    await db.pool.query(
      "INSERT INTO articles (file, body, sha256, source) VALUES ('quay.md', 'Quay text.', 'h1', 'corpus')",
    );
    const slot = '2026-01-05T07:00:00.000Z';
    const posted = {
      key: `${slot}|slack:C1`,
      slot,
      target: 'slack:C1',
      status: 'posted',
      attempts: 1,
      postedAt: '2026-01-05T07:00:02.000Z',
      articleIds: ['quay'],
    };
    await db.pool.query(
      "INSERT INTO digest_slots (key, slot, target, status, posted_at, record) VALUES ($1, $2, 'slack:C1', 'posted', $3, $4)",
      [posted.key, slot, posted.postedAt, posted],
    );

    expect(await migrate(db, migrating())).toEqual(
      migrations()
        .filter((m) => m.version > 4)
        .map((m) => m.version),
    );
    const articles = new PgArticleStore(db);
    expect(await articles.list()).toEqual([
      { story: 'harbor', file: 'quay.md', sha256: 'h1', source: 'corpus' },
    ]);
    expect((await articles.get('harbor', 'quay.md'))?.body.toString()).toBe('Quay text.');
    // The old claim is the first story's: posted for it, and no other story's slot.
    const harbor = new PgDigestLedger({ db, keepMs: 86_400_000, story: 'harbor' });
    const flood = new PgDigestLedger({ db, keepMs: 86_400_000, story: 'flood' });
    expect(await harbor.previous()).toEqual({ postedAt: posted.postedAt, articleIds: ['quay'] });
    expect(await flood.previous()).toBeUndefined();
    const request = {
      slot,
      targets: ['slack:C1'],
      owner: 'o',
      leaseMs: 60_000,
      now: new Date('2026-01-05T07:00:05Z'),
      maxAttempts: 3,
    };
    expect((await harbor.claim(request)).map((o) => o.kind)).toEqual(['done']);
    expect((await flood.claim(request)).map((o) => o.kind)).toEqual(['claimed']);

    const before = await db.pool.query('SELECT story, file, sha256 FROM articles ORDER BY story, file');
    expect(await migrate(db, migrating())).toEqual([]);
    const after = await db.pool.query('SELECT story, file, sha256 FROM articles ORDER BY story, file');
    expect(after.rows).toEqual(before.rows);
  });

  it('refuse to give old rows a story when the runner names none', async () => {
    const { db } = await database();
    await expect(migrate(db, { ...migrating(), firstStory: '' })).rejects.toMatchObject({
      code: 'newsdesk_migration_failed',
      message: expect.stringMatching(/newsdesk\.first_story is not set/),
    });
  });

  it('roll back a failing migration whole and say which one failed', async () => {
    const { db } = await database();
    const broken = [
      { version: 1, name: 'good', sql: 'CREATE TABLE one (x int)' },
      { version: 2, name: 'bad', sql: 'CREATE TABLE two (x int); SELECT no_such_function()' },
    ];
    await expect(migrate(db, { ...migrating(), list: broken })).rejects.toMatchObject({
      code: 'newsdesk_migration_failed',
      message: expect.stringMatching(/migration 2 \(bad\) failed/),
    });
    const tables = await db.pool.query("SELECT to_regclass('one') AS one, to_regclass('two') AS two");
    expect(tables.rows[0]).toEqual({ one: 'one', two: null });
  });

  it('never show the password of the database URL', () => {
    expect(safeLocation('postgres://bot:s3cret-pw@db.example:5432/news?sslmode=require')).toBe(
      'postgres://bot:***@db.example:5432/news',
    );
  });
});

describe.skipIf(databaseMissing !== '')('leader leases', () => {
  it('let one instance lead; the other takes over when the leader stops, or when its lease lapses', async () => {
    const { db } = await migrated();
    const events: string[] = [];
    const duty = (holder: string) =>
      leadByLease({
        db,
        name: 'feeds',
        holder,
        leaseMs: 600,
        log: memoryLogger().log,
        onElected: () => void events.push(`${holder} elected`),
        onDeposed: () => void events.push(`${holder} deposed`),
      });
    const a = await duty('a');
    const b = await duty('b');
    expect([a.leading, b.leading]).toEqual([true, false]);
    await sleep(900);
    expect([a.leading, b.leading]).toEqual([true, false]);
    await a.stop();
    await until(() => b.leading, 2000);
    expect(events).toEqual(['a elected', 'a deposed', 'b elected']);
    await b.stop();

    // A holder that vanished without a word (its lease row stays) is replaced once the lease runs out.
    expect(await takeLease(db, { name: 'feeds', holder: 'dead', leaseMs: 500 })).toBe('dead');
    const c = await duty('c');
    expect(c.leading).toBe(false);
    await until(() => c.leading, 2000);
    await c.stop();
  });
});

describe.skipIf(databaseMissing !== '')('feed state in PostgreSQL', () => {
  it('keeps feeds and articles, and finds an article by any of its address keys or its text', async () => {
    const { db } = await migrated();
    const state = new PgFeedStateStore(db);
    expect(await state.feed('https://a.example/rss')).toBeUndefined();
    await state.saveFeed({
      url: 'https://a.example/rss',
      failures: 0,
      etag: '"v1"',
      items: { g1: { entryHash: 'h' } },
    });
    expect(await state.feed('https://a.example/rss')).toMatchObject({
      etag: '"v1"',
      items: { g1: { entryHash: 'h' } },
    });
    const record: ArticleRecord = {
      file: 'harbor-strike-1a2b3c4d.md',
      urlKeys: ['a.example/harbor', 'a.example/harbor?id=1'],
      textHash: 'text-1',
      feedUrl: 'https://a.example/rss',
      fetchedAt: '2026-01-05T08:00:00.000Z',
    };
    await state.saveArticle(record);
    expect(await state.articleByUrlKey('a.example/harbor?id=1')).toEqual(record);
    expect(await state.articleByTextHash('text-1')).toEqual(record);
    // An address key moves to the article that claims it last; a key dropped no longer finds the old one.
    await state.saveArticle({
      ...record,
      file: 'other-99999999.md',
      urlKeys: ['a.example/harbor'],
      textHash: 'text-2',
    });
    await state.saveArticle({ ...record, urlKeys: ['a.example/harbor?id=1'] });
    expect((await state.articleByUrlKey('a.example/harbor'))?.file).toBe('other-99999999.md');
    expect((await state.articleByUrlKey('a.example/harbor?id=1'))?.file).toBe('harbor-strike-1a2b3c4d.md');
    expect((await state.feeds()).map((f) => f.url)).toEqual(['https://a.example/rss']);
  });
});

describe.skipIf(databaseMissing !== '')('Slack installations in PostgreSQL', () => {
  it('store, find and delete one installation per workspace, and per org for org-wide installs', async () => {
    const { db } = await migrated();
    const store = new PgInstallationStore(db);
    const team = {
      team: { id: 'T1', name: 'Harbor' },
      enterprise: undefined,
      user: { id: 'U1', token: undefined, scopes: undefined },
      bot: { token: 'xoxb-t1', scopes: ['commands'], id: 'B1', userId: 'UB1' },
      isEnterpriseInstall: false,
    };
    await store.storeInstallation(team);
    const org = {
      ...team,
      team: undefined,
      enterprise: { id: 'E1', name: 'Org' },
      isEnterpriseInstall: true,
    };
    await store.storeInstallation(org);
    expect(
      (await store.fetchInstallation({ teamId: 'T1', isEnterpriseInstall: false, enterpriseId: undefined }))
        .bot?.token,
    ).toBe('xoxb-t1');
    expect(
      (await store.fetchInstallation({ teamId: 'T9', enterpriseId: 'E1', isEnterpriseInstall: true }))
        .enterprise?.id,
    ).toBe('E1');
    await store.storeInstallation({ ...team, bot: { ...team.bot, token: 'xoxb-t1-new' } });
    expect(
      (await store.fetchInstallation({ teamId: 'T1', isEnterpriseInstall: false, enterpriseId: undefined }))
        .bot?.token,
    ).toBe('xoxb-t1-new');
    await store.deleteInstallation({ teamId: 'T1', isEnterpriseInstall: false, enterpriseId: undefined });
    await expect(
      store.fetchInstallation({ teamId: 'T1', isEnterpriseInstall: false, enterpriseId: undefined }),
    ).rejects.toThrow(/no Slack installation for T:T1/);
  });
});

describe.skipIf(databaseMissing !== '')('shared articles', () => {
  const put = (articles: PgArticleStore, story: string, file: string, body: string) =>
    articles.put({ story, file, body, source: 'feed' });

  it("reach every mirror at once through NOTIFY, in their story's folder only: added, changed, deleted; an unsafe name never becomes a file", async () => {
    const { db, url } = await migrated();
    const articles = new PgArticleStore(db);
    await put(articles, 'harbor', 'before.md', '---\noutlet: A\n---\nStored before the mirror opened.\n');
    // The same file name in another story is another article.
    await put(articles, 'flood', 'before.md', '---\noutlet: B\n---\nThe river rose before dawn.\n');
    await put(articles, 'elsewhere', 'other.md', 'A story configured on other instances only.\n');
    const told: string[] = [];
    const mirrors = await Promise.all(
      [0, 1].map((i) =>
        openMirror({
          articles,
          url,
          stories: ['harbor', 'flood'],
          log: memoryLogger().log,
          onChanged: (story, change) =>
            void told.push(
              `${i}:${story}:${change.written.map((f) => path.basename(f)).join()}${change.ambiguous ? ' (shares its id)' : ''}`,
            ),
        }),
      ),
    );
    for (const m of mirrors) cleanups.push(() => m.close());
    const dir = (m: (typeof mirrors)[number], story: string) => m.dirs.get(story) as string;
    for (const m of mirrors) {
      expect(await readdir(dir(m, 'harbor'))).toEqual(['before.md']);
      expect(await readFile(path.join(dir(m, 'flood'), 'before.md'), 'utf8')).toMatch(/river rose/);
      expect(m.dirs.has('elsewhere')).toBe(false);
    }

    expect(await put(articles, 'harbor', 'new.md', 'First version.\n')).toBe(true);
    await until(async () =>
      (await Promise.all(mirrors.map((m) => readdir(dir(m, 'harbor'))))).every((f) => f.includes('new.md')),
    );
    await sleep(100);
    expect(told.sort()).toEqual(['0:harbor:new.md', '1:harbor:new.md']);
    for (const m of mirrors) expect(await readdir(dir(m, 'flood'))).toEqual(['before.md']);
    // The same bytes again change nothing and tell nobody.
    expect(await put(articles, 'harbor', 'new.md', 'First version.\n')).toBe(false);
    await put(articles, 'harbor', 'new.md', 'Second version.\n');
    await until(
      async () =>
        (await readFile(
          path.join(dir(mirrors[1] as (typeof mirrors)[number], 'harbor'), 'new.md'),
          'utf8',
        )) === 'Second version.\n',
    );
    await put(articles, 'harbor', '../escape.md', 'Nothing stored in the table can name a path elsewhere.\n');
    await articles.remove('harbor', ['before.md']);
    // Every mirror, not only the first: each hears the deletion on its own connection.
    await until(async () =>
      (await Promise.all(mirrors.map((m) => readdir(dir(m, 'harbor'))))).every(
        (f) => !f.includes('before.md'),
      ),
    );
    for (const m of mirrors) {
      expect((await readdir(dir(m, 'harbor'))).sort()).toEqual(['new.md']);
      expect(await readdir(dir(m, 'flood'))).toEqual(['before.md']);
    }
    // A file whose id another file of the folder has: the index must let the loader choose.
    await put(articles, 'harbor', 'new.txt', 'The same id in plain text.\n');
    await until(() => told.filter((t) => t.endsWith(':harbor:new.txt (shares its id)')).length === 2);
  });

  it('catch up after the listening connection is cut', async () => {
    const { db, url } = await migrated();
    const articles = new PgArticleStore(db);
    const mirror = await openMirror({
      articles,
      url,
      stories: ['harbor', 'flood'],
      log: memoryLogger().log,
      onChanged: () => {},
    });
    cleanups.push(() => mirror.close());
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    cleanups.push(() => admin.end());
    await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'newsdesk-listen' AND datname = current_database()",
    );
    // Written while nobody listens: found by the full comparison after the reconnect.
    await articles.put({
      story: 'flood',
      file: 'missed.md',
      body: 'Written while away.\n',
      source: 'corpus',
    });
    await until(async () => (await readdir(mirror.dirs.get('flood') as string)).includes('missed.md'), 8000);
    expect(await readdir(mirror.dirs.get('harbor') as string)).toEqual([]);
  });

  it("are imported from each story's corpus folder by the leader, under that story: new and changed files, and files deleted there", async () => {
    const { db } = await migrated();
    const articles = new PgArticleStore(db);
    const dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-import-'));
    const floodDir = await mkdtemp(path.join(tmpdir(), 'newsdesk-import-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    cleanups.push(() => rm(floodDir, { recursive: true, force: true }));
    await writeFile(path.join(dir, 'one.md'), 'One.\n');
    await writeFile(path.join(dir, 'README.md'), 'Describes the folder.\n');
    await writeFile(path.join(floodDir, 'one.md'), 'The flood story has a one.md of its own.\n');
    await put(articles, 'harbor', 'feed-article-12345678.md', 'From a feed.\n');
    const imports = await Promise.all(
      [
        { story: 'harbor', dir },
        { story: 'flood', dir: floodDir },
      ].map((s) =>
        importCorpus({
          ...s,
          articles,
          log: memoryLogger().log,
          debounceMs: 50,
          maxFileBytes: 1000,
          watch: true,
        }),
      ),
    );
    for (const i of imports) cleanups.push(() => i.close());
    const listed = async () => (await articles.list()).map((r) => `${r.story}/${r.source}:${r.file}`);
    expect(await listed()).toEqual([
      'flood/corpus:one.md',
      'harbor/feed:feed-article-12345678.md',
      'harbor/corpus:one.md',
    ]);
    await writeFile(path.join(dir, 'two.txt'), 'Two.\n');
    await writeFile(path.join(dir, 'big.md'), 'x'.repeat(2000));
    await rm(path.join(dir, 'one.md'));
    await until(
      async () =>
        (await listed()).join() ===
        'flood/corpus:one.md,harbor/feed:feed-article-12345678.md,harbor/corpus:two.txt',
      8000,
    );
    expect((await articles.get('flood', 'one.md'))?.body.toString()).toMatch(/of its own/);
  });
});

describe.skipIf(databaseMissing === '')('PostgreSQL state (skipped)', () => {
  it(`cannot run here: ${databaseMissing}`, () => {});
});
