-- Digest claims: one row per (slot, target); the whole SlotRecord as JSON, with the columns queries need.
CREATE TABLE digest_slots (
  key text PRIMARY KEY,
  slot text NOT NULL,
  target text NOT NULL,
  status text NOT NULL CHECK (status IN ('claimed', 'posted', 'failed', 'skipped')),
  posted_at timestamptz,
  record jsonb NOT NULL
);
CREATE INDEX digest_slots_posted ON digest_slots (posted_at DESC) WHERE status = 'posted';
CREATE INDEX digest_slots_slot ON digest_slots (slot);

-- Feed state: validators, seen entries, backoff (one JSON record per feed).
CREATE TABLE feeds (
  url text PRIMARY KEY,
  record jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Stored articles and the ways they are recognised again: address keys and a hash of their text.
CREATE TABLE feed_articles (
  file text PRIMARY KEY,
  text_hash text NOT NULL,
  record jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX feed_articles_text_hash ON feed_articles (text_hash, updated_at DESC);
CREATE TABLE feed_article_urls (
  url_key text PRIMARY KEY,
  file text NOT NULL REFERENCES feed_articles (file) ON DELETE CASCADE
);
