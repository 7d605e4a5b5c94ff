-- Outcomes of decisions (click, conversion), written when their events are folded into profiles:
-- one row per event, so a redelivered event changes nothing. The learner joins them with the
-- decisions of the decision log; GET /api/v1/decisions/{id} lists them.
create table decision_outcome (
    event_id     varchar(200) primary key,
    decision_id  varchar(64) not null,
    kind         varchar(16) not null,
    goal         varchar(64),
    amount       numeric(19, 4),
    currency     varchar(3),
    occurred_at  timestamp with time zone not null
);
create index ix_decision_outcome_decision on decision_outcome (decision_id);
create index ix_decision_outcome_time on decision_outcome (occurred_at);

-- Every version of every slot model of the learning strategy, as a JSON model snapshot. A new
-- version is written by each learning batch and by every freeze, unfreeze and reset; the newest
-- version of a slot is the one decisions use, on every node.
create table model_snapshot (
    surface       varchar(64) not null,
    slot          varchar(64) not null,
    version       bigint not null,
    frozen        boolean not null,
    observations  bigint not null,
    document      varchar(4000000) not null,
    reason        varchar(200) not null,
    author        varchar(200),
    created_at    timestamp with time zone not null,
    constraint pk_model_snapshot primary key (surface, slot, version)
);

-- How far the learner has read the decision log: decisions made up to learned_until (and whose
-- attribution window has closed) have been learned from. One row; the learner locks it.
create table learner_state (
    name           varchar(16) primary key,
    learned_until  timestamp with time zone not null,
    decisions      bigint not null,
    updated_at     timestamp with time zone not null
);
insert into learner_state (name, learned_until, decisions, updated_at)
    values ('learn', current_timestamp, 0, current_timestamp);
