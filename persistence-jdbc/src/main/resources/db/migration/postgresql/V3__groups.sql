-- Groups and their members, for the group feature. Names and subs sort in byte order (COLLATE "C").

CREATE TABLE cognito_group (
    user_pool_id VARCHAR(55)  COLLATE "C" NOT NULL,
    group_name   VARCHAR(128) COLLATE "C" NOT NULL,
    view_json    TEXT                     NOT NULL,
    CONSTRAINT cognito_group_pk PRIMARY KEY (user_pool_id, group_name)
);

CREATE TABLE cognito_group_member (
    user_pool_id VARCHAR(55)  COLLATE "C" NOT NULL,
    group_name   VARCHAR(128) COLLATE "C" NOT NULL,
    sub          VARCHAR(128) COLLATE "C" NOT NULL,
    CONSTRAINT cognito_group_member_pk PRIMARY KEY (user_pool_id, group_name, sub)
);
CREATE INDEX cognito_group_member_sub_ix ON cognito_group_member (user_pool_id, sub);
