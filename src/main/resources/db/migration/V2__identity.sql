-- Accounts sign in by e-mail address before the organisation is known, so the address is unique across
-- Tandem. Roles are an array of role names.

create table account (
    id                   bigint generated always as identity primary key,
    organisation_id      bigint       not null references organisation (id),
    person_id            bigint,
    email                varchar(254) not null,
    display_name         varchar(200) not null,
    password_hash        varchar(200) not null,
    roles                text[]       not null,
    language             varchar(5)   not null default 'nl',
    enabled              boolean      not null default true,
    must_change_password boolean      not null default false,
    last_login_at        timestamptz,
    version              bigint       not null default 0,
    created_at           timestamptz  not null default now()
);
create unique index account_email_uk on account (email);
create index account_person_ix on account (organisation_id, person_id);

-- Failed sign-ins per address, for throttling. The organisation is known only when the address belongs
-- to an account, hence nullable here.
create table login_failure (
    id              bigint generated always as identity primary key,
    organisation_id bigint references organisation (id),
    email_key       varchar(254) not null,
    failed_at       timestamptz  not null
);
create index login_failure_key_ix on login_failure (email_key, failed_at);
