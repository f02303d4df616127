-- Funder reports as they were generated: the PDF, the coach's texts (by field), the medical terms the coach
-- confirmed, and who generated it when. A report generated again is a new version (number); none is changed.
create table funder_report (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null references organisation (id),
    trajectory_id   bigint       not null,
    kind            varchar(20)  not null check (kind in ('APPLICATION', 'PROGRESS', 'FINAL')),
    period          int          not null default 0,
    number          int          not null,
    language        varchar(5)   not null,
    file_name       varchar(200) not null,
    texts           jsonb        not null,
    confirmed_terms text[]       not null default '{}',
    content         bytea        not null,
    generated_at    timestamptz  not null,
    by_account      bigint       not null,
    by_name         varchar(200) not null,
    unique (organisation_id, trajectory_id, kind, period, number)
);
create index funder_report_trajectory_ix on funder_report (organisation_id, trajectory_id, generated_at desc);
