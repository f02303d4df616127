-- The coaching plan (begeleidingsplan): versions with goals, attention points, agreements, expectations and
-- sign-offs; goal progress with its history; the planned schedule of sessions; the coaches' calendar feeds.
-- Trajectories and staff are referred to by id only: they belong to other modules.

create table coaching_plan (
    id                      bigint generated always as identity primary key,
    organisation_id         bigint       not null references organisation (id),
    trajectory_id           bigint       not null,
    number                  int          not null check (number > 0),
    status                  varchar(20)  not null,
    starts_on               date,
    ends_on                 date,
    expectation_participant text,
    expectation_employer    text,
    expectation_coach       text,
    agreed_on               date,
    created_at              timestamptz  not null,
    created_by              bigint       not null,
    version                 bigint       not null default 0,
    unique (organisation_id, trajectory_id, number),
    check (ends_on is null or starts_on is null or ends_on >= starts_on)
);

-- A goal keeps its key from version to version, so that its progress history follows it.
create table plan_goal (
    coaching_plan_id bigint      not null references coaching_plan (id) on delete cascade,
    position         int         not null,
    organisation_id  bigint      not null,
    goal_key         uuid        not null,
    area             varchar(20) not null,
    kind             varchar(20) not null,
    description      text        not null,
    why              text,
    progress_sign    text,
    target_date      date,
    primary key (coaching_plan_id, position)
);

create table plan_attention_point (
    coaching_plan_id bigint      not null references coaching_plan (id) on delete cascade,
    position         int         not null,
    organisation_id  bigint      not null,
    domain           varchar(30) not null,
    label            varchar(200),
    description      text        not null,
    primary key (coaching_plan_id, position)
);

create table plan_agreement (
    coaching_plan_id bigint      not null references coaching_plan (id) on delete cascade,
    position         int         not null,
    organisation_id  bigint      not null,
    actor            varchar(20) not null,
    what             text        not null,
    due_on           date,
    primary key (coaching_plan_id, position)
);

create table plan_sign_off (
    coaching_plan_id bigint      not null references coaching_plan (id) on delete cascade,
    party            varchar(20) not null,
    organisation_id  bigint      not null,
    agreed_on        date        not null,
    how              varchar(20) not null,
    recorded_at      timestamptz not null,
    by_account       bigint      not null,
    primary key (coaching_plan_id, party)
);

-- The planned minutes per grant period, fixed when the version is agreed.
create table plan_hours (
    coaching_plan_id bigint not null references coaching_plan (id) on delete cascade,
    period           int    not null,
    organisation_id  bigint not null,
    minutes          int    not null check (minutes >= 0),
    primary key (coaching_plan_id, period)
);

create index coaching_plan_trajectory_ix on coaching_plan (organisation_id, trajectory_id, number desc);

-- Progress of a goal: every score and status change, newest last.
create table goal_progress (
    id              bigint generated always as identity primary key,
    organisation_id bigint      not null references organisation (id),
    trajectory_id   bigint      not null,
    goal_key        uuid        not null,
    status          varchar(20) not null,
    score           int check (score between 0 and 10),
    note            text,
    recorded_at     timestamptz not null,
    by_account      bigint      not null
);
create index goal_progress_goal_ix on goal_progress (organisation_id, trajectory_id, goal_key, recorded_at);

-- The planned sessions of a trajectory and the intensity profile they were generated from.
create table coaching_schedule (
    id              bigint generated always as identity primary key,
    organisation_id bigint      not null references organisation (id),
    trajectory_id   bigint      not null,
    starts_on       date        not null,
    ends_on         date        not null,
    profile         text        not null,
    version         bigint      not null default 0,
    unique (organisation_id, trajectory_id)
);

create table planned_session (
    coaching_schedule_id bigint      not null references coaching_schedule (id) on delete cascade,
    position             int         not null,
    organisation_id      bigint      not null,
    session_key          uuid        not null,
    planned_on           date        not null,
    minutes              int         not null check (minutes > 0),
    held                 boolean     not null default false,
    primary key (coaching_schedule_id, position)
);
create index planned_session_day_ix on planned_session (organisation_id, planned_on);

-- A coach's calendar feed: only a hash of the secret in the URL is kept.
create table calendar_feed (
    id              bigint generated always as identity primary key,
    organisation_id bigint      not null references organisation (id),
    staff_id        bigint      not null,
    token_hash      varchar(64) not null unique,
    created_at      timestamptz not null,
    revoked_at      timestamptz
);
create index calendar_feed_staff_ix on calendar_feed (organisation_id, staff_id) where revoked_at is null;
