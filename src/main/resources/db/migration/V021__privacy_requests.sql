-- PIPL 第46-47条: a client's correction or deletion requests, answered by an administrator
-- within a period taken from an effective-dated rule row (decision 020).

create table privacy_rule (
    id             bigserial    primary key,
    effective_from date         not null unique,
    answer_days    integer      not null check (answer_days between 1 and 365),
    day_basis      varchar(16)  not null check (day_basis in ('CALENDAR')),
    source         varchar(1000) not null,
    verified       boolean      not null,
    created_by     varchar(64)  not null,
    created_at     timestamptz  not null
);

-- PIPL sets no day count. GB/T 35273-2020 §8.7 (a recommended national standard) says to answer
-- within 30 days or 15 working days; kept as the standard's practice, unverified, in calendar days.
insert into privacy_rule (effective_from, answer_days, day_basis, source, verified, created_by, created_at)
values (date '2020-10-01', 30, 'CALENDAR',
        'GB/T 35273-2020 §8.7: respond within 30 days (or 15 working days). A standard''s practice, not law (PIPL sets no period); unverified; counted in calendar days.',
        false, 'system', now());

create table privacy_request (
    id              bigserial     primary key,
    case_id         bigint        not null references case_file (id),
    client_username varchar(64)   not null,
    kind            varchar(16)   not null check (kind in ('CORRECTION', 'DELETION')),
    section_key     varchar(64)   not null,
    what            varchar(2000) not null,
    why             varchar(2000) not null,
    status          varchar(16)   not null check (status in ('RECEIVED', 'IN_PROGRESS', 'DONE', 'REFUSED')),
    received_at     timestamptz   not null,
    received_on     date          not null,
    due_on          date          not null,
    rule_id         bigint        not null references privacy_rule (id),
    decided_on      date,
    decided_by      varchar(64),
    outcome         varchar(2000),
    version         bigint        not null default 0,
    check ((status in ('DONE', 'REFUSED')) = (decided_on is not null and outcome is not null))
);

create index privacy_request_case_idx on privacy_request (case_id);
create index privacy_request_open_idx on privacy_request (status, due_on, id);
