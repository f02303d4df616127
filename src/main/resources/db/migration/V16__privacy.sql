-- Consent, the retention term, anonymisation and an access log the application cannot rewrite.

-- A participant's consents. Giving a consent adds a row; withdrawing it closes that row, so the history stays.
-- At most one open (not withdrawn) consent per participant and category.
create table consent (
    id              bigint generated always as identity primary key,
    organisation_id bigint      not null references organisation (id),
    participant_id  bigint      not null references participant (id),
    category        varchar(40) not null,
    given_on        date        not null,
    given_how       varchar(20) not null,
    given_by        bigint      not null,
    given_at        timestamptz not null,
    withdrawn_on    date,
    withdrawn_how   varchar(20),
    withdrawn_by    bigint,
    withdrawn_at    timestamptz,
    version         bigint      not null default 0
);
create unique index consent_open_uk on consent (organisation_id, participant_id, category) where withdrawn_at is null;
create index consent_participant_ix on consent (organisation_id, participant_id, given_at desc);

-- How many years after closure a participant's file is kept before it is anonymised.
alter table organisation add column retention_years integer not null default 2
    check (retention_years between 1 and 20);

alter table participant add column anonymised_at timestamptz;

-- Participants whose file the daily job found past the retention term, for the privacy officer to confirm.
create table retention_due (
    organisation_id bigint      not null references organisation (id),
    participant_id  bigint      not null references participant (id),
    trajectory_id   bigint      not null,
    closed_on       date        not null,
    found_on        date        not null,
    primary key (organisation_id, participant_id)
);

-- Every anonymisation: after the retention term or on the participant's request (with the reason).
create table anonymisation (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null references organisation (id),
    participant_id  bigint       not null references participant (id),
    kind            varchar(20)  not null check (kind in ('RETENTION', 'REQUEST')),
    reason          text,
    by_account      bigint       not null,
    at              timestamptz  not null,
    unique (organisation_id, participant_id)
);

-- The access log is append-only: no UPDATE, no TRUNCATE, and DELETE only by the purge of entries older than the
-- log's retention, which sets tandem.audit_purge_before in its own transaction.
create function access_log_append_only() returns trigger language plpgsql as $$
declare
    purge_before text := current_setting('tandem.audit_purge_before', true);
begin
    if tg_op = 'DELETE' and purge_before is not null and purge_before <> ''
            and old.at < cast(purge_before as timestamptz)
            and old.at < now() - interval '1 year' then
        return old;
    end if;
    raise exception 'access_log is append-only' using errcode = 'insufficient_privilege';
end;
$$;
create trigger access_log_append_only before update or delete on access_log
    for each row execute function access_log_append_only();

create function access_log_no_truncate() returns trigger language plpgsql as $$
begin
    raise exception 'access_log is append-only' using errcode = 'insufficient_privilege';
end;
$$;
create trigger access_log_no_truncate before truncate on access_log
    for each statement execute function access_log_no_truncate();

create index access_log_account_ix on access_log (organisation_id, account_id, at desc);
