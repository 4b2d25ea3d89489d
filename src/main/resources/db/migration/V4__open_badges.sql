-- Open Badges 3.0: each issuer signs its credentials with Ed25519 keys of its own. The private key is sealed
-- (AES-GCM) under the server secret badges.secret, which never enters the database. Keys are rotated, never
-- deleted: a credential signed before a rotation names its key (did:key) and stays verifiable.
create table issuer_key (
    id                     bigint primary key,
    issuer_id              bigint        not null references issuer (id) on delete cascade,
    public_key_multibase   varchar(64)   not null,
    private_key_ciphertext varchar(512)  not null,
    created_at             timestamp(6) with time zone not null,
    retired_at             timestamp(6) with time zone,
    constraint uk_issuer_key_public unique (public_key_multibase)
);
create index ix_issuer_key_issuer on issuer_key (issuer_id, created_at);
