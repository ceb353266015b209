-- Read models, written by the projections in the transaction that appends their events. Views are JSON text;
-- every column a lookup or a page order uses is its own column; H2 compares strings as Java does, so pages follow
-- plain string order.

CREATE TABLE cognito_user_pool (
    user_pool_id VARCHAR(55)   NOT NULL,
    region       VARCHAR(32)   NOT NULL,
    view_json    TEXT          NOT NULL,
    CONSTRAINT cognito_user_pool_pk PRIMARY KEY (user_pool_id)
);
CREATE INDEX cognito_user_pool_region_ix ON cognito_user_pool (region, user_pool_id);

CREATE TABLE cognito_app_client (
    client_id    VARCHAR(128)  NOT NULL,
    user_pool_id VARCHAR(55)   NOT NULL,
    client_json  TEXT          NOT NULL,
    CONSTRAINT cognito_app_client_pk PRIMARY KEY (client_id)
);
CREATE INDEX cognito_app_client_pool_ix ON cognito_app_client (user_pool_id, client_id);

CREATE TABLE cognito_user (
    user_pool_id VARCHAR(55)   NOT NULL,
    sub          VARCHAR(128)  NOT NULL,
    view_json    TEXT          NOT NULL,
    CONSTRAINT cognito_user_pk PRIMARY KEY (user_pool_id, sub)
);

CREATE TABLE cognito_user_name (
    user_pool_id    VARCHAR(55)   NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    normalized_name VARCHAR(2048) NOT NULL,
    sub             VARCHAR(128)  NOT NULL,
    CONSTRAINT cognito_user_name_pk PRIMARY KEY (user_pool_id, kind, normalized_name)
);
CREATE INDEX cognito_user_name_sub_ix ON cognito_user_name (user_pool_id, sub);

-- The runtime's master key (base64), shared by every node; see JdbcStorageModule.
CREATE TABLE cognito_key (
    key_id    VARCHAR(32)   NOT NULL,
    algorithm VARCHAR(32)   NOT NULL,
    key_value VARCHAR(256)  NOT NULL,
    CONSTRAINT cognito_key_pk PRIMARY KEY (key_id)
);
