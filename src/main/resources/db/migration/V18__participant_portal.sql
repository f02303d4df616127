-- "I need support now" from the participant and "please contact me" from an employer contact: each request is
-- a row, and an open signal for the coach until the coach acknowledges it (signal_acknowledgement, by id).
create table support_request (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null references organisation (id),
    trajectory_id   bigint       not null,
    requester       varchar(20)  not null check (requester in ('PARTICIPANT', 'EMPLOYER_CONTACT')),
    message         text,
    requested_at    timestamptz  not null
);
create index support_request_trajectory_ix on support_request (organisation_id, trajectory_id, requested_at desc);
