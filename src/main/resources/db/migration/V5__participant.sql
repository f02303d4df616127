-- Participants and their intakes. Health and medication (intake.health, intake.medication_effects) are
-- special-category data: never shown to employers, every read logged in access_log.

create table participant (
    id                 bigint generated always as identity primary key,
    organisation_id    bigint       not null references organisation (id),
    given_name         varchar(100) not null,
    family_name_prefix varchar(40),
    family_name        varchar(100) not null,
    date_of_birth      date,
    email              varchar(254),
    phone              varchar(40),
    preferred_language varchar(10)  not null default 'nl',
    reference          varchar(40),
    version            bigint       not null default 0,
    created_at         timestamptz  not null default now()
);
create unique index participant_reference_uk on participant (organisation_id, lower(reference));
create index participant_name_ix on participant (organisation_id, lower(family_name));

create table intake (
    id                    bigint generated always as identity primary key,
    organisation_id       bigint      not null references organisation (id),
    participant_id        bigint      not null references participant (id),
    trajectory_id         bigint      not null,
    work_history          text,
    education             text,
    strengths             text,
    housing               text,
    finances              text,
    social_network        text,
    home_situation        text,
    health                text,
    medication_effects    text,
    support_needs         text,
    wishes                text,
    important_work_values text[]      not null default '{}',
    own_agenda            text,
    completed_at          timestamptz,
    completed_by          bigint,
    version               bigint      not null default 0
);
create unique index intake_trajectory_uk on intake (organisation_id, trajectory_id);
