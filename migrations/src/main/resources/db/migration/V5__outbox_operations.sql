-- The outbox also carries updates of the editors' content index (every current version, drafts
-- included), not only of the published snapshot.
alter table index_outbox add column operation varchar(16) default 'publish' not null;
