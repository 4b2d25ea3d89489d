-- The JSON APIs: signed requests, personal access tokens, replay protection and idempotent retries.

-- A key encrypted with the server secret (badges.secret, never in the database), so that the HMAC of a signed
-- UserBadges request can be checked. Lookups of a presented key still go through key_hash only.
alter table api_key add column secret_ciphertext varchar(255);

-- Recipients' personal access tokens: accept, decline and collections through the portal API.
create table personal_token (
    id            bigint primary key,
    account_id    bigint       not null references account (id) on delete cascade,
    name          varchar(100) not null,
    token_prefix  varchar(16)  not null,
    token_hash    varchar(64)  not null,
    created_at    timestamp(6) with time zone not null,
    last_used_at  timestamp(6) with time zone,
    revoked_at    timestamp(6) with time zone,
    constraint uk_personal_token_hash unique (token_hash)
);
create index ix_personal_token_account on personal_token (account_id);

-- Every signature of a signed request, kept while its timestamp is acceptable, so a replay is refused (also
-- across instances, since the table is shared).
create table used_signature (
    signature  varchar(64) primary key,
    used_at    timestamp(6) with time zone not null
);

-- The first answer to a call with an Idempotency-Key, returned again for a retry of the same call.
create table idempotent_request (
    id               bigint primary key,
    issuer_id        bigint       not null references issuer (id) on delete cascade,
    idempotency_key  varchar(255) not null,
    request_hash     varchar(64)  not null,
    status_code      integer      not null,
    response_body    bytea        not null,
    created_at       timestamp(6) with time zone not null,
    constraint uk_idempotent_request unique (issuer_id, idempotency_key)
);
