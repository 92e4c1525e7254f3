/**
 * Bolt's InstallationStore in PostgreSQL: one row per workspace (or per Enterprise Grid org, for an org-wide
 * install), written by the OAuth redirect and read to authorize each request. Installation objects hold
 * tokens: they are stored, never logged.
 */
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import { type Database, databaseError } from './database.ts';

/** The row key of an installation or a query: the org for org-wide installs, the workspace otherwise. */
export function installationKey(
  query: Pick<InstallationQuery<boolean>, 'isEnterpriseInstall' | 'enterpriseId' | 'teamId'>,
): string {
  if (query.isEnterpriseInstall && query.enterpriseId) return `E:${query.enterpriseId}`;
  if (query.teamId) return `T:${query.teamId}`;
  throw new Error('an installation names neither a workspace nor an org');
}

export class PgInstallationStore implements InstallationStore {
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
  }

  async storeInstallation<V extends 'v1' | 'v2'>(installation: Installation<V, boolean>): Promise<void> {
    const key = installationKey({
      isEnterpriseInstall: installation.isEnterpriseInstall === true,
      enterpriseId: installation.enterprise?.id,
      teamId: installation.team?.id,
    });
    try {
      await this.#db.pool.query(
        `INSERT INTO slack_installations (id, team_id, enterprise_id, installation) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET team_id = excluded.team_id, enterprise_id = excluded.enterprise_id,
           installation = excluded.installation, updated_at = now()`,
        [key, installation.team?.id ?? null, installation.enterprise?.id ?? null, installation],
      );
    } catch (error) {
      throw databaseError(this.#db.location, 'store a Slack installation', error);
    }
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation<'v1' | 'v2', boolean>> {
    const key = installationKey(query);
    let rows: { installation: Installation<'v1' | 'v2', boolean> }[];
    try {
      ({ rows } = await this.#db.pool.query('SELECT installation FROM slack_installations WHERE id = $1', [
        key,
      ]));
    } catch (error) {
      throw databaseError(this.#db.location, 'read a Slack installation', error);
    }
    const found = rows[0]?.installation;
    if (!found) throw new Error(`no Slack installation for ${key}`);
    return found;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    try {
      await this.#db.pool.query('DELETE FROM slack_installations WHERE id = $1', [installationKey(query)]);
    } catch (error) {
      throw databaseError(this.#db.location, 'delete a Slack installation', error);
    }
  }
}
