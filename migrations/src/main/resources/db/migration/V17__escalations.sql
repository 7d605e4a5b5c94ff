-- Escalations: a slot of a surface, for a segment of visitors (intent x lifecycle stage), that the
-- engine handed to people: the learning strategy was not confident enough (served the default), or
-- the policies left the slot out of the page. One row per slot, segment and kind: repeats count as
-- occurrences of the same item. Once resolved, the engine follows the resolution for that segment.
create table escalation (
    id            varchar(36) primary key,
    surface       varchar(64) not null,
    slot          varchar(64) not null,
    segment       varchar(200) not null,
    kind          varchar(32) not null,
    status        varchar(16) not null,
    reasons       varchar(4000) not null,
    evidence      varchar(4000),
    occurrences   bigint not null,
    first_seen    timestamp with time zone not null,
    last_seen     timestamp with time zone not null,
    resolution    varchar(32),
    resolved_by   varchar(200),
    resolved_at   timestamp with time zone,
    comment       varchar(2000),
    constraint uq_escalation unique (surface, slot, segment, kind)
);
create index ix_escalation_status on escalation (status, last_seen);
