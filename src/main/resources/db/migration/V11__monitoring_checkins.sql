-- The three check-ins of the monitoring module: work values (the capability set for work), balance and load,
-- and the working alliance. Every answer is on a scale of 1 to 5, where 5 is always the favourable end.
-- Trajectories are referred to by id only: they belong to the trajectory module.
--
-- These tables are the source of the set-based read models in nl.tandem.monitoring.CheckIns that the
-- signals are computed from; each is indexed for "the latest check-ins of these trajectories".

-- Work values: a check-in at a moment (intake, end of a grant period, evaluation, or any other time) ...
create table work_value_check_in (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null references organisation (id),
    trajectory_id   bigint       not null,
    moment          varchar(20)  not null check (moment in ('INTAKE', 'PERIOD_END', 'EVALUATION', 'OTHER')),
    taken_on        date         not null,
    remark          text,
    entered_by      varchar(20)  not null default 'COACH',
    recorded_at     timestamptz  not null,
    by_account      bigint       not null,
    version         bigint       not null default 0
);
create index work_value_check_in_trajectory_ix on work_value_check_in (organisation_id, trajectory_id, taken_on desc, id desc);

-- ... with, for each of the seven work values, how important it is, whether the work enables it and whether
-- the participant realises it. in_capability_set is the rule of nl.tandem.monitoring.CapabilitySet (all three
-- at least 4), kept here too so that read models can select on it; a test keeps the two the same.
create table work_value_answer (
    work_value_check_in_id bigint      not null references work_value_check_in (id) on delete cascade,
    work_value             varchar(40) not null,
    organisation_id        bigint      not null,
    importance             smallint    not null check (importance between 1 and 5),
    enabled                smallint    not null check (enabled between 1 and 5),
    realised               smallint    not null check (realised between 1 and 5),
    in_capability_set      boolean     generated always as (importance >= 4 and enabled >= 4 and realised >= 4) stored,
    primary key (work_value_check_in_id, work_value)
);

-- Balance and load, usually after a session: balance of work and private life, the load against the
-- participant's own limits (5 = well within them), sleep and energy.
create table balance_check_in (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null references organisation (id),
    trajectory_id   bigint       not null,
    taken_on        date         not null,
    balance         smallint     not null check (balance between 1 and 5),
    load            smallint     not null check (load between 1 and 5),
    sleep           smallint     not null check (sleep between 1 and 5),
    energy          smallint     not null check (energy between 1 and 5),
    remark          text,
    entered_by      varchar(20)  not null default 'COACH',
    recorded_at     timestamptz  not null,
    by_account      bigint       not null,
    version         bigint       not null default 0
);
create index balance_check_in_trajectory_ix on balance_check_in (organisation_id, trajectory_id, taken_on desc, id desc);

-- The working alliance ("the click"): two items each on agreement about goals, about tasks, and the bond.
-- score is their mean, the figure the alliance rules (low, falling) look at.
create table alliance_check_in (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null references organisation (id),
    trajectory_id   bigint       not null,
    taken_on        date         not null,
    goals_shared    smallint     not null check (goals_shared between 1 and 5),
    goals_clear     smallint     not null check (goals_clear between 1 and 5),
    tasks_helpful   smallint     not null check (tasks_helpful between 1 and 5),
    tasks_agreed    smallint     not null check (tasks_agreed between 1 and 5),
    bond_trust      smallint     not null check (bond_trust between 1 and 5),
    bond_respect    smallint     not null check (bond_respect between 1 and 5),
    score           numeric(3, 2) generated always as (round((goals_shared + goals_clear + tasks_helpful
                        + tasks_agreed + bond_trust + bond_respect) / 6.0, 2)) stored,
    remark          text,
    entered_by      varchar(20)  not null default 'COACH',
    recorded_at     timestamptz  not null,
    by_account      bigint       not null,
    version         bigint       not null default 0
);
create index alliance_check_in_trajectory_ix on alliance_check_in (organisation_id, trajectory_id, taken_on desc, id desc);
