-- The true cost of each loan (decision 007): reference data for the legal lines, and per debt
-- the repayment structure and/or the explicit cash flows a counsellor typed.

-- 1-year and 5-year loan prime rates (LPR), one row per change (a fixing that left both
-- unchanged adds no row). The rate in force on a date is the latest row on or before it.
--
-- Sources (checked 2026-11-21 through reporting of the National Interbank Funding Center /
-- PBOC announcements; the NIFC site itself was not reachable):
--   2020-02-20 4.05/4.75  yosefardi.com 2020-02 (the article misdates the fixing as 20 January)
--   2020-04-20 3.85/4.65  CEIC "China's LPR remained unchanged in November [2021]": 3.85/4.65 for 19 months
--   2021-12-20 3.80/4.65  investmacro.com 2021-12-20
--   2022-01-20 3.70/4.60  forexlive 2022-05-20 (mentions January's cut); chinabankingnews 2022-02-21
--   2022-05-20 3.70/4.45  forexlive 2022-05-20
--   2022-08-22 3.65/4.30  forexlive 2022-09-20 and 2023-02-20 (unchanged at 3.65/4.30)
--   2023-06-20 3.55/4.20  CME Group / Econoday 2023-06
--   2023-08-21 3.45/4.20  Reuters via nasdaq.com 2023-08-21; moneycontrol; livemint
--   2024-02-20 3.45/3.95  Xinhua via sicomedia 2024-02-20 ("according to the National Interbank Funding Center")
--   2024-07-22 3.35/3.85  finnewsnetwork 2024-07-22; forexlive 2024-08-20
--   2024-10-21 3.10/3.60  Xinhua via republicofchinatoday ("according to the National Interbank Funding Center")
--   2025-05-20 3.00/3.50  S&P Global 2025-05-20 ("according to the PBOC's release"); anews; actionforex
--   still 3.00/3.50 at the 2026-02-24 fixing: Xinhua via en.people.cn 2026-02-24; RTTNews 2026-02-24
-- NOT verified here (from memory of the NIFC announcements; check before relying on them):
--   2019-08-20 4.25/4.85, 2019-09-20 4.20/4.85, 2019-11-20 4.15/4.80. The Feb 2020 report calls
--   4.05 the 4th cut since August 2019, which fits these rows, but their values were not found.
--   Fixings after 2026-02-24 (March to November 2026) could not be found: the table assumes no
--   change since; an administrator must add any later change as a new row.
create table rates_lpr (
    effective_from date         primary key,
    one_year       numeric(6, 3) not null check (one_year > 0),
    five_year      numeric(6, 3) not null check (five_year > 0),
    source         varchar(300) not null
);

insert into rates_lpr (effective_from, one_year, five_year, source) values
    ('2019-08-20', 4.250, 4.850, 'NIFC first LPR fixing (not verified here)'),
    ('2019-09-20', 4.200, 4.850, 'NIFC (not verified here)'),
    ('2019-11-20', 4.150, 4.800, 'NIFC (not verified here)'),
    ('2020-02-20', 4.050, 4.750, 'NIFC, reported by yosefardi.com 2020-02'),
    ('2020-04-20', 3.850, 4.650, 'NIFC, reported by CEIC 2021-11'),
    ('2021-12-20', 3.800, 4.650, 'NIFC, reported by investmacro.com 2021-12-20'),
    ('2022-01-20', 3.700, 4.600, 'NIFC, reported by forexlive / chinabankingnews 2022'),
    ('2022-05-20', 3.700, 4.450, 'NIFC, reported by forexlive 2022-05-20'),
    ('2022-08-22', 3.650, 4.300, 'NIFC, reported by forexlive 2022-09-20'),
    ('2023-06-20', 3.550, 4.200, 'NIFC, reported by CME Group/Econoday 2023-06'),
    ('2023-08-21', 3.450, 4.200, 'NIFC, reported by Reuters 2023-08-21'),
    ('2024-02-20', 3.450, 3.950, 'NIFC, reported by Xinhua 2024-02-20'),
    ('2024-07-22', 3.350, 3.850, 'NIFC, reported by finnewsnetwork 2024-07-22'),
    ('2024-10-21', 3.100, 3.600, 'NIFC, reported by Xinhua 2024-10-21'),
    ('2025-05-20', 3.000, 3.500, 'NIFC/PBOC, reported by S&P Global 2025-05-20; unchanged at 2026-02-24 (Xinhua)');

-- The legal lines a court or regulator draws on the total borrowing cost. A line applies to a
-- debt when the contract date lies in [effective_from, effective_to] and the debt's lender type
-- is listed. Its rate is fixed_percent, or lpr_multiple x the 1-year LPR in force on the contract
-- date. consequence: REDUCIBLE (a court cuts the cost down to the line), VOID (cost above is void),
-- NOTE (no rate: a rule the client should know). Wording for clients is in the rates bundle
-- (rates.line.<code>.explain); rule_zh/rule_en cite the source.
create table rates_line (
    code            varchar(40)   primary key,
    consequence     varchar(10)   not null check (consequence in ('REDUCIBLE', 'VOID', 'NOTE')),
    fixed_percent   numeric(7, 3),
    lpr_multiple    numeric(5, 2),
    effective_from  date          not null,
    effective_to    date,
    lender_types    varchar(200)  not null,
    rule_zh         varchar(500)  not null,
    rule_en         varchar(500)  not null,
    check (consequence = 'NOTE' or (fixed_percent is null) <> (lpr_multiple is null)),
    check (effective_to is null or effective_to >= effective_from)
);

insert into rates_line (code, consequence, fixed_percent, lpr_multiple, effective_from, effective_to,
                        lender_types, rule_zh, rule_en) values
    ('PRIVATE_4X_LPR', 'REDUCIBLE', null, 4.00, '2020-08-20', null,
     'UNLICENSED_OR_UNKNOWN',
     '最高人民法院《关于审理民间借贷案件适用法律若干问题的规定》(2020年修正，法释〔2020〕17号) 第25条：超过合同成立时一年期贷款市场报价利率四倍的利息不受保护',
     'Supreme People''s Court Provisions on Private Lending Cases (amended 2020, Fa Shi [2020] No. 17), Art. 25: interest above 4 times the 1-year LPR at the time the contract was made is not protected'),
    ('PRIVATE_24', 'REDUCIBLE', 24.000, null, '2015-09-01', '2020-08-19',
     'UNLICENSED_OR_UNKNOWN',
     '最高人民法院《关于审理民间借贷案件适用法律若干问题的规定》(法释〔2015〕18号) 第26条第1款：年利率未超过24%的利息受保护',
     'Supreme People''s Court Provisions on Private Lending Cases (Fa Shi [2015] No. 18), Art. 26(1): interest up to 24% a year is protected'),
    ('PRIVATE_36_VOID', 'VOID', 36.000, null, '2015-09-01', '2020-08-19',
     'UNLICENSED_OR_UNKNOWN',
     '法释〔2015〕18号 第26条第2款：年利率超过36%的部分约定无效',
     'Fa Shi [2015] No. 18, Art. 26(2): the part of agreed interest above 36% a year is void'),
    ('FINANCIAL_24', 'REDUCIBLE', 24.000, null, '2017-08-04', null,
     'BANK,CONSUMER_FINANCE,MICROLOAN,ONLINE_PLATFORM,OTHER_LICENSED',
     '最高人民法院《关于进一步加强金融审判工作的若干意见》(法发〔2017〕22号) 第2条：金融借款的利息、复利、罚息、违约金和其他费用总计超过年利率24%的部分，借款人可请求调减',
     'Supreme People''s Court Opinions on Financial Adjudication (Fa Fa [2017] No. 22), Art. 2: the borrower may ask the court to cut interest, penalty interest, fees and other charges above 24% a year in total'),
    ('LICENSED_36', 'VOID', 36.000, null, '2017-12-01', null,
     'BANK,CONSUMER_FINANCE,MICROLOAN,ONLINE_PLATFORM,OTHER_LICENSED',
     '《关于规范整顿“现金贷”业务的通知》(整治办函〔2017〕141号)：综合资金成本应符合民间借贷利率规定（当时为年利率36%），超过部分为监管红线',
     'Notice on Regulating Cash Loans (Zheng Zhi Ban Han [2017] No. 141): the all-in cost must stay within the private-lending limit of the time (36% a year); above it lenders breach the regulators'' red line'),
    ('MICROLOAN_NOTE', 'NOTE', null, null, '2021-01-01', null,
     'MICROLOAN,OTHER_LICENSED',
     '最高人民法院《关于新民间借贷司法解释适用范围问题的批复》(法释〔2020〕27号)：小额贷款公司等七类地方金融组织属于金融机构，不适用民间借贷四倍LPR上限',
     'Supreme People''s Court Reply on the scope of the new private-lending interpretation (Fa Shi [2020] No. 27): microloan companies and six other kinds of licensed local lenders are financial institutions, outside the 4x LPR private-lending cap');

-- Per debt: how it is repaid (to generate the schedule) and/or the flows typed from the
-- contract or app. When flows exist they win (decision 007).
create table rates_plan (
    id                 bigint generated by default as identity primary key,
    case_id            bigint         not null references case_file (id),
    debt_id            bigint         not null unique references case_debt (id),
    method             varchar(20)    check (method in ('EQUAL_INSTALMENT', 'EQUAL_PRINCIPAL',
                                                        'INTEREST_FIRST', 'BULLET')),
    first_due_date     date,
    fee_per_instalment numeric(14, 2) not null default 0 check (fee_per_instalment >= 0),
    term_days          integer        check (term_days > 0),
    version            bigint         not null default 0,
    updated_at         timestamptz    not null
);
create index rates_plan_case_idx on rates_plan (case_id);

create table rates_cash_flow (
    plan_id   bigint         not null references rates_plan (id) on delete cascade,
    position  integer        not null,
    flow_date date           not null,
    amount    numeric(14, 2) not null check (amount > 0),
    note      varchar(100),
    primary key (plan_id, position)
);
