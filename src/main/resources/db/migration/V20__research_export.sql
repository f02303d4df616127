-- Research exports: one row per export a team lead or administrator asks for. The CSV itself is never stored:
-- it is streamed to the browser, and while it is written the row keeps how many trajectories it holds and how
-- many are written, so that the page can show the progress (from any instance: nothing is kept in memory).
-- The pseudonyms of an export come from a key that exists only while it is written, so two exports cannot be
-- linked to each other or to a trajectory.
create table research_export (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null references organisation (id),
    team_id         bigint,
    funder          varchar(20),
    requested_by    bigint       not null,
    address         varchar(60),
    requested_at    timestamptz  not null,
    status          varchar(20)  not null default 'READY' check (status in ('READY', 'RUNNING', 'DONE', 'FAILED')),
    total           int,
    written         int          not null default 0,
    suppressed      int          not null default 0,
    started_at      timestamptz,
    finished_at     timestamptz
);
create index research_export_organisation_ix on research_export (organisation_id, requested_at desc);
