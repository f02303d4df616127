-- Signals are computed, not stored; what is stored is that someone acknowledged one occurrence of a signal
-- (kind + subject, e.g. the day of a zone or the id of an action item) with a note.
create table signal_acknowledgement (
    organisation_id bigint       not null references organisation (id),
    trajectory_id   bigint       not null,
    kind            varchar(40)  not null,
    subject         varchar(100) not null,
    note            text         not null,
    by_name         varchar(200) not null,
    acknowledged_at timestamptz  not null,
    by_account      bigint       not null,
    primary key (organisation_id, trajectory_id, kind, subject)
);

-- The participant's own view on doing with less coaching, one of the five points of the phase-out readiness.
create table phase_out_view (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null references organisation (id),
    trajectory_id   bigint       not null,
    view            varchar(20)  not null check (view in ('READY', 'NOT_YET', 'UNSURE')),
    recorded_on     date         not null,
    remark          text,
    recorded_at     timestamptz  not null,
    by_account      bigint       not null
);
create index phase_out_view_trajectory_ix on phase_out_view (organisation_id, trajectory_id, recorded_at desc);
