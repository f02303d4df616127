-- The employer portal: the employer ticks off the agreements of its own side of an agreed plan, gives its own
-- satisfaction rating with a remark of its own, and reads the organisation's information on schemes.

-- That the employer did an agreement of the agreed plan (supervisor, buddy or HR). An agreed plan version is
-- read-only, so what became of its agreements is kept beside it, per agreement position.
create table plan_agreement_done (
    coaching_plan_id bigint      not null references coaching_plan (id) on delete cascade,
    position         int         not null,
    organisation_id  bigint      not null references organisation (id),
    done             boolean     not null,
    changed_at       timestamptz not null,
    changed_by       bigint      not null,
    version          bigint      not null default 1,
    primary key (coaching_plan_id, position)
);

-- The employer's own remark with its satisfaction score; the remark column stays the coach's.
alter table satisfaction_rating add column employer_remark text;

-- Information on schemes (regelingen) for employers, per organisation and language. Each organisation starts
-- with default texts, stored the first time its schemes are asked for; its administrators change them.
create table scheme_text (
    organisation_id bigint       not null references organisation (id),
    scheme          varchar(40)  not null,
    language        varchar(2)   not null check (language in ('nl', 'en')),
    title           varchar(150) not null,
    body            text         not null,
    updated_at      timestamptz,
    updated_by      bigint,
    version         bigint       not null default 0,
    primary key (organisation_id, scheme, language)
);
