-- Coaching sessions and the logbook: what happened in a session (held, cancelled, no-show), the work on
-- goals, notes with their visibility, learning moments, action items and the time entries behind the hours.
-- Trajectories, goals and planned sessions are referred to by id or key only: they belong to other modules.

create table coaching_session (
    id                  bigint generated always as identity primary key,
    organisation_id     bigint       not null references organisation (id),
    trajectory_id       bigint       not null,
    planned_session_key uuid,
    status              varchar(20)  not null,
    held_on             date         not null,
    starts_at           time,
    minutes             int          not null check (minutes between 0 and 720),
    mode                varchar(20),
    attendees           text[]       not null default '{}',
    topics              text[]       not null default '{}',
    cancelled_by        varchar(20),
    reason              text,
    employer_summary    text,
    recorded_at         timestamptz  not null,
    by_account          bigint       not null,
    version             bigint       not null default 0
);
create index coaching_session_trajectory_ix on coaching_session (organisation_id, trajectory_id, held_on desc);
create unique index coaching_session_planned_ux on coaching_session (organisation_id, planned_session_key)
    where planned_session_key is not null;

-- The work on one goal in a session: a short note and the new progress score.
create table session_goal (
    coaching_session_id bigint not null references coaching_session (id) on delete cascade,
    position            int    not null,
    organisation_id     bigint not null,
    goal_key            uuid   not null,
    note                text,
    score               int check (score between 0 and 10),
    primary key (coaching_session_id, position)
);

create table session_note (
    coaching_session_id bigint      not null references coaching_session (id) on delete cascade,
    position            int         not null,
    organisation_id     bigint      not null,
    visibility          varchar(30) not null,
    sensitive           boolean     not null default false,
    text                text        not null,
    primary key (coaching_session_id, position),
    check (not (sensitive and visibility = 'SHARED_WITH_EMPLOYER'))
);

create table learning_moment (
    coaching_session_id bigint not null references coaching_session (id) on delete cascade,
    position            int    not null,
    organisation_id     bigint not null,
    goal_key            uuid,
    what_happened       text   not null,
    what_learned        text   not null,
    primary key (coaching_session_id, position)
);

create table action_item (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null references organisation (id),
    trajectory_id   bigint       not null,
    session_id      bigint references coaching_session (id) on delete cascade,
    actor           varchar(20)  not null,
    what            text         not null,
    due_on          date,
    done_on         date,
    version         bigint       not null default 0
);
create index action_item_open_ix on action_item (organisation_id, trajectory_id) where done_on is null;

create table time_entry (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null references organisation (id),
    trajectory_id   bigint       not null,
    session_id      bigint references coaching_session (id) on delete cascade,
    category        varchar(20)  not null,
    worked_on       date         not null,
    minutes         int          not null check (minutes between 1 and 720),
    description     text,
    goal_keys       uuid[]       not null default '{}',
    billable        boolean      not null default true,
    recorded_at     timestamptz  not null,
    by_account      bigint       not null,
    version         bigint       not null default 0
);
create index time_entry_trajectory_ix on time_entry (organisation_id, trajectory_id, worked_on);
