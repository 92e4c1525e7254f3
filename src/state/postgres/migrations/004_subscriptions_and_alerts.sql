-- Channel subscriptions made from chat: one per platform, channel, story and kind; `seq` keeps the order
-- they were made (a replaced subscription keeps its place).
CREATE TABLE subscriptions (
  platform text NOT NULL CHECK (platform IN ('slack', 'discord')),
  channel text NOT NULL,
  story text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('digest', 'alerts')),
  seq bigserial NOT NULL,
  record jsonb NOT NULL,
  PRIMARY KEY (platform, channel, story, kind)
);

-- Alerts: each story's review version (a review recorded against an older one is refused) and the
-- articles already looked at.
CREATE TABLE alert_stories (
  story text PRIMARY KEY,
  version integer NOT NULL
);
CREATE TABLE alert_seen (
  story text NOT NULL,
  article text NOT NULL,
  PRIMARY KEY (story, article)
);

-- The developments found (the whole Development as JSON) ...
CREATE TABLE alert_developments (
  id text PRIMARY KEY,
  story text NOT NULL,
  opened_at timestamptz NOT NULL,
  record jsonb NOT NULL
);
CREATE INDEX alert_developments_story ON alert_developments (story, opened_at);

-- ... and one post per development and channel (the whole AlertPost as JSON): the unique key that makes
-- each development reach each channel once, whichever instance claims it.
CREATE TABLE alert_posts (
  development text NOT NULL REFERENCES alert_developments (id) ON DELETE CASCADE,
  target text NOT NULL,
  status text NOT NULL CHECK (status IN ('claimed', 'posted', 'failed', 'capped')),
  posted_at timestamptz,
  record jsonb NOT NULL,
  PRIMARY KEY (development, target)
);
CREATE INDEX alert_posts_target ON alert_posts (target, posted_at);
