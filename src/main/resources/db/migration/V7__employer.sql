-- Employers, their contact persons and their workplaces. Each is an aggregate of its own: placements in the
-- trajectory module refer to contacts and workplaces by a stable id. Contacts and workplaces reference their
-- employer together with the organisation, so the database itself keeps them in the employer's organisation.

create table employer (
    id                  bigint generated always as identity primary key,
    organisation_id     bigint       not null references organisation (id),
    name                varchar(200) not null,
    registration_number varchar(10),
    country             varchar(2)   not null check (country in ('NL', 'BE')),
    street              varchar(200) not null,
    postal_code         varchar(7)   not null,
    city                varchar(100) not null,
    sector              varchar(120),
    size                varchar(10) check (size in ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')),
    version             bigint       not null default 0,
    created_at          timestamptz  not null default now(),
    unique (organisation_id, id)
);
-- The search matches a part of the name: lower(name) like '%text%'. That reads the organisation's employers
-- (a few hundred to a few thousand rows) through the organisation_id prefix of this index, well within the
-- page budget; text_pattern_ops also lets a prefix search (like 'text%') use the index range directly.
-- pg_trgm would index infix search too, but it is an extension that not every managed PostgreSQL allows,
-- and at this size it is not needed.
create index employer_name_ix on employer (organisation_id, lower(name) text_pattern_ops);
-- Registration numbers (digits only) are unique within an organisation, and searched by their start.
create unique index employer_registration_uk on employer (organisation_id, registration_number text_pattern_ops);

create table employer_contact (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null,
    employer_id     bigint       not null,
    given_name      varchar(100) not null,
    family_name     varchar(100) not null,
    role            varchar(20)  not null check (role in ('SUPERVISOR', 'HR', 'COLLEAGUE_BUDDY', 'OTHER')),
    email           varchar(254),
    phone           varchar(40),
    active          boolean      not null default true,
    version         bigint       not null default 0,
    created_at      timestamptz  not null default now(),
    foreign key (organisation_id, employer_id) references employer (organisation_id, id)
);
create index employer_contact_employer_ix on employer_contact (organisation_id, employer_id);

create table workplace (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null,
    employer_id     bigint       not null,
    name            varchar(200) not null,
    street          varchar(200),
    postal_code     varchar(7),
    city            varchar(100),
    version         bigint       not null default 0,
    created_at      timestamptz  not null default now(),
    foreign key (organisation_id, employer_id) references employer (organisation_id, id)
);
create index workplace_employer_ix on workplace (organisation_id, employer_id);
