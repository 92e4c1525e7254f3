-- Slack installations (OAuth, many workspaces): Bolt's Installation object, one per workspace or org.
CREATE TABLE slack_installations (
  id text PRIMARY KEY,
  team_id text,
  enterprise_id text,
  installation jsonb NOT NULL,
  installed_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Leases of single-instance duties (feed polling): one holder until lease_until, renewed while alive.
CREATE TABLE leases (
  name text PRIMARY KEY,
  holder text NOT NULL,
  lease_until timestamptz NOT NULL,
  acquired_at timestamptz NOT NULL
);
