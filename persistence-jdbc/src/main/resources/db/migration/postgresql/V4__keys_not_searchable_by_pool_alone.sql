-- Names and group memberships are keyed name-first and group-first, and their second index leads with sub, so that
-- no index of either table can be searched by pool alone. PostgreSQL plans a prepared statement once for any
-- parameters (a generic plan) and keeps the plan until the table is analyzed again. Planned while the tables were
-- still empty, where every index that matches a leading column looks as cheap as any other, a lookup by name or by
-- sub could settle on an index it can search by pool only and then read every name of the pool, each time.
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
