-- Issue 6: a debt ends settled (its settlement date starts the credit record's 5 years)
-- or is excluded from the plan with a reason; when it was added tells a new debt taken
-- during repayment (以贷养贷) from the ones listed at intake; and the budget records the
-- emergency fund, so a fund below 3 months of essential spending can be flagged.
alter table case_debt
    add column resolution        varchar(10)  not null default 'OPEN'
        check (resolution in ('OPEN', 'SETTLED', 'EXCLUDED')),
    add column resolved_on       date,
    add column resolution_reason varchar(500),
    add column added_at          timestamptz;
-- Debts recorded before this column existed count as added when their case was opened.
update case_debt d set added_at = c.created_at from case_file c where c.id = d.case_id;
alter table case_debt alter column added_at set not null;
alter table case_debt add constraint case_debt_resolution_complete check (
    (resolution = 'OPEN' and resolved_on is null)
    or (resolution = 'SETTLED' and resolved_on is not null)
    or (resolution = 'EXCLUDED' and resolution_reason is not null));

alter table case_file add column emergency_fund numeric(14, 2) check (emergency_fund >= 0);

-- Evidence for payments, credit report checks and disputes.
alter table evidence_link drop constraint evidence_link_target_kind_check;
alter table evidence_link add constraint evidence_link_target_kind_check
    check (target_kind in ('DEBT', 'CALL', 'PROPOSAL', 'COMPLAINT', 'AGREEMENT', 'INCIDENT', 'PAYMENT',
                           'CREDIT_CHECK', 'DISPUTE'));
