-- Groups and their members, for the group feature.

CREATE TABLE cognito_group (
    user_pool_id VARCHAR(55)   NOT NULL,
    group_name   VARCHAR(128)  NOT NULL,
    view_json    TEXT          NOT NULL,
    CONSTRAINT cognito_group_pk PRIMARY KEY (user_pool_id, group_name)
);

CREATE TABLE cognito_group_member (
    user_pool_id VARCHAR(55)   NOT NULL,
    group_name   VARCHAR(128)  NOT NULL,
    sub          VARCHAR(128)  NOT NULL,
    CONSTRAINT cognito_group_member_pk PRIMARY KEY (user_pool_id, group_name, sub)
);
CREATE INDEX cognito_group_member_sub_ix ON cognito_group_member (user_pool_id, sub);
