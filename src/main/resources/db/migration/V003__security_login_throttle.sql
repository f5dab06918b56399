-- Bucket4j token buckets for failed logins, shared by every app node.
-- expires_at lets the clean-up job drop buckets that have refilled completely.
create table login_throttle (
    id         varchar(300) primary key,
    state      bytea,
    expires_at bigint
);

create index login_throttle_expires_idx on login_throttle (expires_at);
