-- The badge portal's vocabulary (see DESIGN.md). Written in SQL that H2 and PostgreSQL both accept.

create sequence entity_seq start with 1 increment by 50;

create table account (
    id              bigint primary key,
    email           varchar(320) not null,
    password_hash   varchar(100) not null,
    display_name    varchar(100) not null,
    handle          varchar(40)  not null,
    email_verified  boolean      not null default false,
    profile_public  boolean      not null default true,
    role            varchar(16)  not null,
    created_at      timestamp(6) with time zone not null,
    constraint uk_account_email unique (email),
    constraint uk_account_handle unique (handle)
);

-- One-time links mailed to an account (email verification now, password reset later).
create table account_token (
    id          bigint primary key,
    account_id  bigint       not null references account (id) on delete cascade,
    purpose     varchar(32)  not null,
    token_hash  varchar(64)  not null,
    expires_at  timestamp(6) with time zone not null,
    used_at     timestamp(6) with time zone,
    constraint uk_account_token_hash unique (token_hash)
);

create table stored_image (
    id            bigint primary key,
    content_type  varchar(64) not null,
    bytes         bytea       not null,
    sha256        varchar(64) not null,
    created_at    timestamp(6) with time zone not null
);

create table issuer (
    id                 bigint primary key,
    slug               varchar(50)   not null,
    name               varchar(255)  not null,
    url                varchar(2048),
    contact_email      varchar(320),
    description        varchar(4000),
    image_id           bigint references stored_image (id),
    verified           boolean       not null default false,
    acceptance_policy  varchar(16)   not null,
    created_at         timestamp(6) with time zone not null,
    constraint uk_issuer_slug unique (slug)
);

create table issuer_membership (
    id          bigint primary key,
    issuer_id   bigint      not null references issuer (id) on delete cascade,
    account_id  bigint      not null references account (id) on delete cascade,
    role        varchar(16) not null,
    created_at  timestamp(6) with time zone not null,
    constraint uk_membership unique (issuer_id, account_id)
);

create table program (
    id           bigint primary key,
    issuer_id    bigint       not null references issuer (id) on delete cascade,
    slug         varchar(50)  not null,
    name         varchar(255) not null,
    description  varchar(4000),
    constraint uk_program_slug unique (issuer_id, slug)
);

create table badge (
    id                    bigint primary key,
    version               bigint        not null default 0,
    issuer_id             bigint        not null references issuer (id),
    program_id            bigint references program (id) on delete set null,
    slug                  varchar(50)   not null,
    name                  varchar(255)  not null,
    strapline             varchar(140),
    earner_description    varchar(4000),
    consumer_description  varchar(4000),
    badge_type            varchar(255),
    issuer_url            varchar(2048),
    rubric_url            varchar(2048),
    criteria_url          varchar(2048),
    time_value            integer,
    time_units            varchar(16),
    award_limit           integer,
    unique_per_recipient  boolean       not null default false,
    archived              boolean       not null default false,
    listed                boolean       not null default false,
    background_color      varchar(32),
    validity_days         integer,
    share_text            varchar(500),
    image_id              bigint references stored_image (id),
    image_url             varchar(2048),
    created_at            timestamp(6) with time zone not null,
    updated_at            timestamp(6) with time zone not null,
    constraint uk_badge_slug unique (issuer_id, slug)
);
create index ix_badge_listed on badge (listed, archived);

create table badge_criterion (
    badge_id     bigint        not null references badge (id) on delete cascade,
    position     integer       not null,
    description  varchar(1000) not null,
    required     boolean       not null default true,
    note         varchar(1000),
    primary key (badge_id, position)
);

create table badge_category (
    badge_id  bigint      not null references badge (id) on delete cascade,
    name      varchar(64) not null,
    primary key (badge_id, name)
);

create table badge_tag (
    badge_id  bigint      not null references badge (id) on delete cascade,
    name      varchar(64) not null,
    primary key (badge_id, name)
);
create index ix_badge_tag_name on badge_tag (name);

-- UserBadges custom fields: each value is kept as a JSON literal (string, number, boolean, ...).
create table badge_custom_field (
    badge_id     bigint        not null references badge (id) on delete cascade,
    field_name   varchar(64)   not null,
    field_value  varchar(2000) not null,
    primary key (badge_id, field_name)
);

create table recipient (
    id               bigint primary key,
    issuer_id        bigint       not null references issuer (id),
    identifier       varchar(320) not null,
    identifier_kind  varchar(16)  not null,
    account_id       bigint references account (id) on delete set null,
    claim_token_hash varchar(64),
    created_at       timestamp(6) with time zone not null,
    constraint uk_recipient_identifier unique (issuer_id, identifier)
);
create index ix_recipient_account on recipient (account_id);

create table award (
    id                 bigint primary key,
    version            bigint        not null default 0,
    public_id          varchar(36)   not null,
    badge_id           bigint        not null references badge (id),
    recipient_id       bigint        not null references recipient (id),
    status             varchar(16)   not null,
    narrative          varchar(4000),
    payload            varchar(20000),
    issued_at          timestamp(6) with time zone not null,
    valid_from         timestamp(6) with time zone not null,
    expires_at         timestamp(6) with time zone,
    responded_at       timestamp(6) with time zone,
    revoked_at         timestamp(6) with time zone,
    revocation_reason  varchar(500),
    issued_by          bigint references account (id) on delete set null,
    constraint uk_award_public_id unique (public_id)
);
create index ix_award_badge_status on award (badge_id, status);
create index ix_award_recipient on award (recipient_id, status);

create table award_evidence (
    award_id  bigint        not null references award (id) on delete cascade,
    position  integer       not null,
    url       varchar(2048) not null,
    primary key (award_id, position)
);

create table badge_collection (
    id           bigint primary key,
    account_id   bigint        not null references account (id) on delete cascade,
    name         varchar(100)  not null,
    description  varchar(2000),
    public       boolean       not null default false,
    created_at   timestamp(6) with time zone not null,
    constraint uk_collection_name unique (account_id, name)
);

create table badge_collection_item (
    collection_id  bigint  not null references badge_collection (id) on delete cascade,
    position       integer not null,
    award_id       bigint  not null references award (id) on delete cascade,
    primary key (collection_id, position)
);

create table api_key (
    id            bigint primary key,
    issuer_id     bigint       not null references issuer (id) on delete cascade,
    name          varchar(100) not null,
    key_prefix    varchar(16)  not null,
    key_hash      varchar(64)  not null,
    created_at    timestamp(6) with time zone not null,
    last_used_at  timestamp(6) with time zone,
    revoked_at    timestamp(6) with time zone,
    constraint uk_api_key_hash unique (key_hash)
);

-- Outbox: every mail is stored with the change that caused it, then delivered (and retried) by a dispatcher.
create table outbound_mail (
    id             bigint primary key,
    to_address     varchar(320)  not null,
    subject        varchar(255)  not null,
    body           varchar(20000) not null,
    status         varchar(16)   not null,
    attempts       integer       not null default 0,
    last_error     varchar(500),
    created_at     timestamp(6) with time zone not null,
    sent_at        timestamp(6) with time zone,
    next_attempt_at timestamp(6) with time zone not null
);
create index ix_outbound_mail_due on outbound_mail (status, next_attempt_at);
