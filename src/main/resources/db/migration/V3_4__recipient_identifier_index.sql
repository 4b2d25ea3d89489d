-- Bulk awards look up up to 1000 recipients of an issuer at once by identifier. H2 only uses the first column
-- of uk_recipient_identifier (issuer_id) and then compares every recipient of the issuer with the whole list;
-- with this index the lookup is one index probe per identifier (see RecipientRepository.findInIssuer).
create index ix_recipient_identifier on recipient (identifier);
