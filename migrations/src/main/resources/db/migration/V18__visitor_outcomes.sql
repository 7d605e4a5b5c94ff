-- Outcomes that name no decision (add_to_cart, purchase, bounce), kept by the keyed hash of the
-- visitor's anonymous id (the decision log's visitorHash) until the learner has attributed them to
-- the visitor's last decision per slot within the attribution window. The learner deletes the rows
-- it no longer needs; an erase deletes a person's rows.
create table visitor_outcome (
    event_id      varchar(200) primary key,
    visitor_hash  varchar(64) not null,
    kind          varchar(16) not null,
    amount        numeric(19, 4),
    currency      varchar(3),
    occurred_at   timestamp with time zone not null
);
create index ix_visitor_outcome_visitor on visitor_outcome (visitor_hash, occurred_at);
create index ix_visitor_outcome_time on visitor_outcome (occurred_at);

-- What the learner attributed by visitor: one row per outcome and slot decision credited with it,
-- written in the learning step that learned from the decision. GET /api/v1/decisions/{id} lists
-- them with the outcomes that named the decision.
create table attributed_outcome (
    event_id     varchar(200) not null,
    decision_id  varchar(64) not null,
    kind         varchar(16) not null,
    amount       numeric(19, 4),
    currency     varchar(3),
    occurred_at  timestamp with time zone not null,
    constraint pk_attributed_outcome primary key (event_id, decision_id)
);
create index ix_attributed_outcome_decision on attributed_outcome (decision_id);
