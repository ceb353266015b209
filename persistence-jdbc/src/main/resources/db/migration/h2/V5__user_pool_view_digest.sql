-- A digest of each pool's view; see the PostgreSQL migration of the same version.
ALTER TABLE cognito_user_pool ADD COLUMN view_digest BIGINT;
