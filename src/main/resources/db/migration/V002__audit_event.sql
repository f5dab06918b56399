-- The one audit trail of the portal: append-only and hash-chained.
-- Each row's hash is SHA-256 over the previous row's hash and this row's canonical
-- content (see AuditTrail), so an edited or removed row breaks the chain from there on.
create sequence audit_event_seq;

create table audit_event (
    id             bigint       primary key,
    occurred_at    timestamptz  not null,
    actor          varchar(64)  not null,
    remote_address varchar(64),
    case_id        bigint,
    action         varchar(64)  not null,
    target_type    varchar(40),
    target_id      varchar(64),
    summary        text         not null,
    details        text,
    prev_hash      bytea        not null,
    hash           bytea        not null
);

create index audit_event_case_idx on audit_event (case_id, id) where case_id is not null;
create index audit_event_actor_idx on audit_event (actor, id);
create index audit_event_action_idx on audit_event (action, id);

create function audit_event_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_refuse_change();
