-- Who read or changed which participant's sensitive data. Append-only for the application; kept five years.
create table access_log (
    id              bigint generated always as identity primary key,
    organisation_id bigint      not null references organisation (id),
    account_id      bigint      not null,
    roles           varchar(120) not null,
    participant_id  bigint      not null,
    action          varchar(20) not null,
    subject         varchar(60) not null,
    address         varchar(60),
    at              timestamptz not null
);
create index access_log_participant_ix on access_log (organisation_id, participant_id, at desc);
create index access_log_at_ix on access_log (organisation_id, at desc);
