-- A digest of each pool's and each app client's view (the first 8 bytes of the SHA-256 of its JSON, written with
-- it), so that a node holding a view in memory checks the digest instead of reading and parsing the view on every
-- request. Views saved before this migration have none and are read whole until their next change.
ALTER TABLE cognito_user_pool ADD COLUMN view_digest BIGINT;
ALTER TABLE cognito_app_client ADD COLUMN view_digest BIGINT;
