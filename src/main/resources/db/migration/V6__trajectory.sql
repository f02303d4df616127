-- The trajectory aggregate and its parts. Participants, coaches, teams and employers are referred to by id
-- only: they belong to other modules.

create table trajectory (
    id                     bigint generated always as identity primary key,
    organisation_id        bigint       not null references organisation (id),
    participant_id         bigint       not null,
    previous_trajectory_id bigint references trajectory (id),
    coach_id               bigint,
    team_id                bigint,
    phase                  varchar(20)  not null,
    paused_from            varchar(20),
    expected_resume        date,
    referrer_kind          varchar(20)  not null,
    referrer_name          varchar(200),
    referred_on            date         not null,
    referral_reason        text         not null,
    plan_agreed_on         date,
    end_reason             varchar(30),
    closed_on              date,
    version                bigint       not null default 0,
    created_at             timestamptz  not null default now()
);
create index trajectory_coach_ix on trajectory (organisation_id, coach_id, phase);
create index trajectory_team_ix on trajectory (organisation_id, team_id, phase);
create index trajectory_participant_ix on trajectory (organisation_id, participant_id);
create index trajectory_unassigned_ix on trajectory (organisation_id, referred_on) where coach_id is null;

create table transition (
    trajectory_id   bigint      not null references trajectory (id) on delete cascade,
    position        int         not null,
    organisation_id bigint      not null,
    from_phase      varchar(20),
    to_phase        varchar(20) not null,
    at              timestamptz not null,
    by_account      bigint      not null,
    reason          text,
    primary key (trajectory_id, position)
);

create table coach_assignment (
    trajectory_id   bigint      not null references trajectory (id) on delete cascade,
    position        int         not null,
    organisation_id bigint      not null,
    coach_id        bigint      not null,
    at              timestamptz not null,
    by_account      bigint      not null,
    reason          text,
    primary key (trajectory_id, position)
);

create table placement (
    trajectory_id         bigint      not null references trajectory (id) on delete cascade,
    position              int         not null,
    organisation_id       bigint      not null,
    employer_id           bigint      not null,
    workplace_id          bigint,
    supervisor_contact_id bigint,
    job_title             varchar(200),
    minutes_per_week      int         not null check (minutes_per_week > 0),
    contract_type         varchar(30),
    start_date            date        not null,
    end_date              date,
    probation_until       date,
    primary key (trajectory_id, position),
    check (end_date is null or end_date >= start_date)
);
create index placement_employer_ix on placement (organisation_id, employer_id);

create table context_event (
    trajectory_id   bigint      not null references trajectory (id) on delete cascade,
    position        int         not null,
    organisation_id bigint      not null,
    kind            varchar(30) not null,
    happened_on     date        not null,
    note            text,
    at              timestamptz not null,
    by_account      bigint      not null,
    primary key (trajectory_id, position)
);

create table funding_grant (
    trajectory_id       bigint       not null primary key references trajectory (id) on delete cascade,
    organisation_id     bigint       not null,
    funder              varchar(20)  not null,
    funder_name         varchar(200),
    reference           varchar(60),
    start_date          date         not null,
    period_months       int          not null,
    periods             int          not null,
    minutes_per_period  int          not null,
    hourly_tariff_cents int          not null
);

-- The rules a funder sets for a placement; they warn, never block. Rules are data per organisation and
-- funder, so an organisation can follow a municipality's own rules without a code change.
create table funder_rule (
    id              bigint generated always as identity primary key,
    organisation_id bigint         not null references organisation (id),
    funder          varchar(20)    not null,
    rule            varchar(40)    not null,
    threshold       numeric(10, 2) not null,
    unique (organisation_id, funder, rule)
);
insert into funder_rule (organisation_id, funder, rule, threshold)
select o.id, 'UWV', r.rule, r.threshold
from organisation o cross join (values ('MIN_CONTRACT_MONTHS', 6), ('MIN_HOURS_PER_WEEK', 12),
    ('MAX_YEARS_SAME_EMPLOYER', 3), ('MAX_GRANT_SHARE_FIRST_PERIOD', 10)) as r (rule, threshold);

create table workplace_assessment (
    id                 bigint generated always as identity primary key,
    organisation_id    bigint      not null references organisation (id),
    trajectory_id      bigint      not null references trajectory (id),
    tasks              text,
    pace               text,
    environment        text,
    natural_support    text,
    adjustments        text,
    match              varchar(20),
    job_asks           text,
    participant_brings text,
    closing_the_gap    text,
    assessed_on        date,
    version            bigint      not null default 0
);
create unique index workplace_assessment_trajectory_uk on workplace_assessment (organisation_id, trajectory_id);
