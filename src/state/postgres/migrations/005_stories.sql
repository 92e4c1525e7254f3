-- Several stories: each shared article and each digest claim belongs to one story. Rows from before this
-- migration belong to the story that was first in the configuration of the instance that ran it (the
-- runner passes its keyword as `newsdesk.first_story`); with one story, that is the only one.
DO $$
BEGIN
  IF coalesce(current_setting('newsdesk.first_story', true), '') = '' THEN
    RAISE EXCEPTION 'newsdesk.first_story is not set: the runner names the story existing rows belong to';
  END IF;
END;
$$;

ALTER TABLE articles ADD COLUMN story text;
UPDATE articles SET story = current_setting('newsdesk.first_story');
ALTER TABLE articles ALTER COLUMN story SET NOT NULL;
-- Two stories may each hold a file of the same name (their corpus folders are apart).
ALTER TABLE articles DROP CONSTRAINT articles_pkey;
ALTER TABLE articles ADD PRIMARY KEY (story, file);

-- Every change is announced with its story, so each instance updates that story's index only.
CREATE OR REPLACE FUNCTION newsdesk_article_changed() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify(
    'newsdesk_articles',
    json_build_object(
      'op', lower(TG_OP),
      'story', COALESCE(NEW.story, OLD.story),
      'file', COALESCE(NEW.file, OLD.file)
    )::text
  );
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- A digest slot of one story never stands for another's, even in the same channel.
ALTER TABLE digest_slots ADD COLUMN story text;
UPDATE digest_slots SET story = current_setting('newsdesk.first_story');
ALTER TABLE digest_slots ALTER COLUMN story SET NOT NULL;
ALTER TABLE digest_slots DROP CONSTRAINT digest_slots_pkey;
ALTER TABLE digest_slots ADD PRIMARY KEY (story, key);
DROP INDEX digest_slots_posted;
CREATE INDEX digest_slots_posted ON digest_slots (story, posted_at DESC) WHERE status = 'posted';
