-- A digest of each pool's and each app client's view; see the PostgreSQL migration of the same version.
ALTER TABLE cognito_user_pool ADD COLUMN view_digest BIGINT;
ALTER TABLE cognito_app_client ADD COLUMN view_digest BIGINT;
