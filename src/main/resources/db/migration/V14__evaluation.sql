-- The end of a trajectory and what came of it: the evaluation meeting of participant, employer and coach,
-- the satisfaction ratings of participant and employer, and the follow-ups at 6, 12 and 24 months after
-- closure. Trajectories are referred to by id only: they belong to the trajectory module. Hours are kept in
-- minutes per week.
--
-- These tables are the source of the set-based read models in nl.tandem.evaluation.Outcomes (outcomes,
-- ratings against the norm of 6.5, retention after closure).

-- The evaluation meeting: one per trajectory, a draft until it is completed.
create table evaluation (
    id                       bigint generated always as identity primary key,
    organisation_id          bigint       not null references organisation (id),
    trajectory_id            bigint       not null,
    status                   varchar(20)  not null check (status in ('DRAFT', 'COMPLETED')),
    held_on                  date,
    took_part                text[]       not null default '{}',
    what_helped              text,
    employer_continues       text,
    outcome                  varchar(20)  check (outcome in ('SAME_EMPLOYER', 'OTHER_EMPLOYER', 'EDUCATION', 'NOT_WORKING', 'UNKNOWN')),
    outcome_minutes_per_week integer      check (outcome_minutes_per_week between 0 and 4800),
    recorded_at              timestamptz  not null,
    by_account               bigint       not null,
    completed_at             timestamptz,
    completed_by             bigint,
    version                  bigint       not null default 0,
    check (status = 'DRAFT' or (outcome is not null and held_on is not null and completed_at is not null))
);
create unique index evaluation_trajectory_uk on evaluation (organisation_id, trajectory_id);
create index evaluation_completed_ix on evaluation (organisation_id, held_on) where status = 'COMPLETED';

-- Per goal of the agreed plan: reached, partly reached, not reached or needing more support, with a remark.
create table evaluation_goal (
    evaluation_id   bigint       not null references evaluation (id) on delete cascade,
    position        integer      not null,
    organisation_id bigint       not null,
    goal_key        uuid         not null,
    result          varchar(20)  not null check (result in ('REACHED', 'PARTLY_REACHED', 'NOT_REACHED', 'NEEDS_MORE_SUPPORT')),
    remark          text,
    primary key (evaluation_id, position)
);

-- The satisfaction of participant and employer with the coaching, 0 to 10, per grant period (1, 2, ...) and
-- at the end (period 0). Entered by the coach for now; the portal will enter them too.
create table satisfaction_rating (
    id                bigint generated always as identity primary key,
    organisation_id   bigint       not null references organisation (id),
    trajectory_id     bigint       not null,
    period_number     smallint     not null check (period_number between 0 and 99),
    rated_on          date         not null,
    participant_score smallint     check (participant_score between 0 and 10),
    employer_score    smallint     check (employer_score between 0 and 10),
    remark            text,
    entered_by        varchar(20)  not null default 'COACH',
    recorded_at       timestamptz  not null,
    by_account        bigint       not null,
    version           bigint       not null default 0,
    check (participant_score is not null or employer_score is not null)
);
create unique index satisfaction_rating_moment_uk on satisfaction_rating (organisation_id, trajectory_id, period_number);

-- The follow-ups after closure: scheduled when the trajectory closes, checked by the coach when due.
create table follow_up (
    id               bigint generated always as identity primary key,
    organisation_id  bigint       not null references organisation (id),
    trajectory_id    bigint       not null,
    months           smallint     not null check (months in (6, 12, 24)),
    due_on           date         not null,
    checked_on       date,
    situation        varchar(20)  check (situation in ('SAME_EMPLOYER', 'OTHER_EMPLOYER', 'EDUCATION', 'NOT_WORKING', 'UNKNOWN')),
    minutes_per_week integer      check (minutes_per_week between 0 and 4800),
    remark           text,
    recorded_at      timestamptz,
    by_account       bigint,
    version          bigint       not null default 0,
    check (checked_on is null or situation is not null)
);
create unique index follow_up_trajectory_uk on follow_up (organisation_id, trajectory_id, months);
create index follow_up_due_ix on follow_up (organisation_id, due_on) where checked_on is null;
