-- Articles shared by every instance: the corpus file's bytes as written (front matter and text), so every
-- instance parses them exactly as it would parse the file. Each change is announced on the channel
-- newsdesk_articles (delivered when its transaction commits).
CREATE TABLE articles (
  file text PRIMARY KEY,
  body bytea NOT NULL,
  sha256 text NOT NULL,
  source text NOT NULL CHECK (source IN ('corpus', 'feed')),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION newsdesk_article_changed() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify(
    'newsdesk_articles',
    json_build_object('op', lower(TG_OP), 'file', COALESCE(NEW.file, OLD.file))::text
  );
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER articles_changed AFTER INSERT OR UPDATE OR DELETE ON articles
  FOR EACH ROW EXECUTE FUNCTION newsdesk_article_changed();
