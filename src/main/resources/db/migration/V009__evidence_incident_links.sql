-- Collection incidents (issue 5) get evidence too: recordings and screenshots of
-- the contact itself. The link table names targets by kind, so only the check grows.
alter table evidence_link drop constraint evidence_link_target_kind_check;
alter table evidence_link add constraint evidence_link_target_kind_check
    check (target_kind in ('DEBT', 'CALL', 'PROPOSAL', 'COMPLAINT', 'AGREEMENT', 'INCIDENT'));
