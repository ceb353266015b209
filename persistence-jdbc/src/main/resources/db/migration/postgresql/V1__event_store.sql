-- Axon's event log, snapshots and tracking tokens, with the column names JdbcEventStorageEngine and JdbcTokenStore
-- use. The unique key on (aggregateidentifier, sequencenumber) is what makes a name claim succeed once.
-- Aggregate identifiers hold name claims (pool id, kind and a normalized name of up to 2048 characters).

CREATE TABLE domainevententry (
    globalindex         BIGSERIAL     NOT NULL,
    aggregateidentifier VARCHAR(2200) NOT NULL,
    sequencenumber      BIGINT        NOT NULL,
    type                VARCHAR(255),
    eventidentifier     VARCHAR(255)  NOT NULL,
    metadata            BYTEA,
    payload             BYTEA         NOT NULL,
    payloadrevision     VARCHAR(255),
    payloadtype         VARCHAR(255)  NOT NULL,
    timestamp           VARCHAR(255)  NOT NULL,
    CONSTRAINT domainevententry_pk PRIMARY KEY (globalindex),
    CONSTRAINT domainevententry_aggregate_sequence_uk UNIQUE (aggregateidentifier, sequencenumber),
    CONSTRAINT domainevententry_eventidentifier_uk UNIQUE (eventidentifier)
);

CREATE TABLE snapshotevententry (
    aggregateidentifier VARCHAR(2200) NOT NULL,
    sequencenumber      BIGINT        NOT NULL,
    type                VARCHAR(255)  NOT NULL,
    eventidentifier     VARCHAR(255)  NOT NULL,
    metadata            BYTEA,
    payload             BYTEA         NOT NULL,
    payloadrevision     VARCHAR(255),
    payloadtype         VARCHAR(255)  NOT NULL,
    timestamp           VARCHAR(255)  NOT NULL,
    CONSTRAINT snapshotevententry_pk PRIMARY KEY (aggregateidentifier, sequencenumber),
    CONSTRAINT snapshotevententry_eventidentifier_uk UNIQUE (eventidentifier)
);

CREATE TABLE tokenentry (
    processorname VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA,
    tokentype     VARCHAR(255),
    timestamp     VARCHAR(255),
    owner         VARCHAR(255),
    CONSTRAINT tokenentry_pk PRIMARY KEY (processorname, segment)
);
