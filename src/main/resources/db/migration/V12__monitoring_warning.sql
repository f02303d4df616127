-- The early-warning plan (signaleringsplan) with its versions and the content of each zone, the zones recorded
-- over time, and the temporary intensifications of the coaching that context events and raised zones call for.
-- Trajectories, participants and context events are referred to by id or position only: they belong to other
-- modules.

create table early_warning_plan (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null references organisation (id),
    trajectory_id   bigint       not null,
    participant_id  bigint       not null,
    number          int          not null check (number > 0),
    status          varchar(20)  not null,
    uses_yellow     boolean      not null default false,
    agreed_on       date,
    created_at      timestamptz  not null,
    created_by      bigint       not null,
    version         bigint       not null default 0,
    unique (organisation_id, trajectory_id, number)
);

-- What each zone of a plan version holds: the signals (thoughts, feelings, behaviour, what others notice) and
-- what each actor does.
create table early_warning_zone (
    early_warning_plan_id bigint      not null references early_warning_plan (id) on delete cascade,
    position              int         not null,
    organisation_id       bigint      not null,
    zone                  varchar(10) not null,
    thoughts              text,
    feelings              text,
    behaviour             text,
    others_notice         text,
    participant           text,
    supervisor            text,
    buddy                 text,
    coach                 text,
    network               text,
    primary key (early_warning_plan_id, position)
);

-- The zone the participant is in, recorded on a day; the latest record is the current zone.
create table zone_record (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null references organisation (id),
    trajectory_id   bigint       not null,
    participant_id  bigint       not null,
    zone            varchar(10)  not null,
    recorded_on     date         not null,
    remark          text,
    recorded_by     varchar(20)  not null,
    recorded_at     timestamptz  not null,
    by_account      bigint       not null
);
create index zone_record_trajectory_ix on zone_record (organisation_id, trajectory_id, recorded_on, id);

-- A proposed temporary intensification (extra sessions for some weeks) and the coach's decision on it.
create table intensification (
    id                bigint generated always as identity primary key,
    organisation_id   bigint       not null references organisation (id),
    trajectory_id     bigint       not null,
    trigger           varchar(10)  not null,
    event_position    int,
    event_kind        varchar(30),
    zone              varchar(10),
    occurred_on       date         not null,
    proposed_at       timestamptz  not null,
    weeks             int          not null check (weeks between 1 and 26),
    sessions_per_week int          not null check (sessions_per_week between 1 and 5),
    minutes           int          not null check (minutes between 15 and 480),
    status            varchar(10)  not null,
    decided_weeks     int check (decided_weeks between 1 and 26),
    decided_sessions_per_week int check (decided_sessions_per_week between 1 and 5),
    decided_minutes   int check (decided_minutes between 15 and 480),
    starts_on         date,
    decline_reason    text,
    decided_at        timestamptz,
    decided_by        bigint,
    version           bigint       not null default 0,
    check (status <> 'DECLINED' or decline_reason is not null)
);
create index intensification_trajectory_ix on intensification (organisation_id, trajectory_id, proposed_at);
create index intensification_open_ix on intensification (organisation_id, trajectory_id) where status = 'PROPOSED';
create unique index intensification_event_ux on intensification (organisation_id, trajectory_id, event_position)
    where event_position is not null;
