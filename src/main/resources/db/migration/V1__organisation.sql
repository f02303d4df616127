-- Organisations (tenants), their teams and staff. Every table carries organisation_id: it scopes every
-- query and is the distribution key should the data ever be sharded.

create table organisation (
    id              bigint generated always as identity primary key,
    organisation_id bigint generated always as (id) stored,
    name            varchar(200) not null,
    version         bigint       not null default 0,
    created_at      timestamptz  not null default now()
);

create table team (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null references organisation (id),
    name            varchar(120) not null,
    version         bigint       not null default 0,
    created_at      timestamptz  not null default now()
);
create unique index team_name_uk on team (organisation_id, lower(name));

create table staff_member (
    id                 bigint generated always as identity primary key,
    organisation_id    bigint       not null references organisation (id),
    team_id            bigint references team (id),
    given_name         varchar(100) not null,
    family_name_prefix varchar(40),
    family_name        varchar(100) not null,
    email              varchar(254) not null,
    phone              varchar(40),
    active             boolean      not null default true,
    version            bigint       not null default 0,
    created_at         timestamptz  not null default now()
);
create index staff_member_organisation_ix on staff_member (organisation_id, active, lower(family_name));
create index staff_member_team_ix on staff_member (team_id);

create table certificate (
    staff_member_id     bigint       not null references staff_member (id) on delete cascade,
    position            int          not null,
    organisation_id     bigint       not null references organisation (id),
    name                varchar(120) not null,
    registration_number varchar(60),
    valid_until         date         not null,
    primary key (staff_member_id, position)
);
create index certificate_expiry_ix on certificate (organisation_id, valid_until);
