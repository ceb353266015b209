-- The same keys as on PostgreSQL (see its V4): names keyed name-first, memberships group-first, and the second
-- index of each leading with sub.
ALTER TABLE cognito_user_name DROP CONSTRAINT cognito_user_name_pk;
ALTER TABLE cognito_user_name
    ADD CONSTRAINT cognito_user_name_pk PRIMARY KEY (normalized_name, kind, user_pool_id);
DROP INDEX cognito_user_name_sub_ix;
CREATE INDEX cognito_user_name_sub_ix ON cognito_user_name (sub, user_pool_id);

ALTER TABLE cognito_group_member DROP CONSTRAINT cognito_group_member_pk;
ALTER TABLE cognito_group_member
    ADD CONSTRAINT cognito_group_member_pk PRIMARY KEY (group_name, user_pool_id, sub);
DROP INDEX cognito_group_member_sub_ix;
CREATE INDEX cognito_group_member_sub_ix ON cognito_group_member (sub, user_pool_id);
