-- Scheduled jobs (deadline reminders, audit chain verification) run on every app node; ShedLock
-- takes a row here so that one node at a time runs each job (decision 016). Layout as ShedLock's
-- JdbcTemplateLockProvider expects it.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

-- Evidence for requested documents (a client's upload answers a request) and court papers.
alter table evidence_link drop constraint evidence_link_target_kind_check;
alter table evidence_link add constraint evidence_link_target_kind_check
    check (target_kind in ('DEBT', 'CALL', 'PROPOSAL', 'COMPLAINT', 'AGREEMENT', 'INCIDENT', 'PAYMENT',
                           'CREDIT_CHECK', 'DISPUTE', 'DOCUMENT_REQUEST', 'LEGAL_ACTION'));
