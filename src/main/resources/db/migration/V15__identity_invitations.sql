-- An account belongs to a staff member, a participant or an employer contact; person_id is the id of that
-- person in its own table, so the kind tells which table. Staff accounts keep the default.
alter table account add column person_kind varchar(20) not null default 'STAFF'
    check (person_kind in ('STAFF', 'PARTICIPANT', 'EMPLOYER_CONTACT'));
create unique index account_portal_person_uk on account (organisation_id, person_kind, person_id)
    where person_kind <> 'STAFF';

-- An invitation to the portal: a one-time link sent by e-mail. Only the SHA-256 hash of the link's random
-- token is stored, so that nobody who reads the database (or a backup) can use a link. A link is used once,
-- expires after 7 days, and a new invitation of the same person revokes the open one.
create table invitation (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null references organisation (id),
    person_kind     varchar(20)  not null check (person_kind in ('PARTICIPANT', 'EMPLOYER_CONTACT')),
    person_id       bigint       not null,
    email           varchar(254) not null,
    display_name    varchar(200) not null,
    language        varchar(5)   not null,
    token_hash      char(64)     not null,
    invited_by      bigint       not null references account (id),
    invited_at      timestamptz  not null,
    expires_at      timestamptz  not null,
    accepted_at     timestamptz,
    revoked_at      timestamptz,
    account_id      bigint references account (id),
    version         bigint       not null default 0
);
create unique index invitation_token_uk on invitation (token_hash);
create unique index invitation_open_uk on invitation (organisation_id, person_kind, person_id)
    where accepted_at is null and revoked_at is null;

-- Two-factor sign-in (TOTP, RFC 6238). The secret has to be readable to compute codes; it is confirmed by a
-- first code. last_step is the last time step a code was accepted for, so that a code works only once.
create table two_factor (
    account_id      bigint       primary key references account (id),
    organisation_id bigint       not null references organisation (id),
    secret          varchar(64)  not null,
    confirmed_at    timestamptz,
    last_step       bigint       not null default 0,
    created_at      timestamptz  not null
);

-- Recovery codes: ten per confirmed enrolment, stored as SHA-256 hashes, each usable once.
create table recovery_code (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null references organisation (id),
    account_id      bigint       not null references account (id),
    code_hash       char(64)     not null,
    used_at         timestamptz
);
create index recovery_code_account_ix on recovery_code (account_id);

-- Whether the organisation requires two-factor sign-in of all its staff (privacy officers always need it).
create table two_factor_policy (
    organisation_id    bigint  primary key references organisation (id),
    required_for_staff boolean not null default false,
    version            bigint  not null default 0
);
