-- Links a mail to the award it is about, so the issuer's award list can show whether the recipient was told
-- (sent, kept in the development mailbox, failed, queued). Mails outlive their award: the link is cleared.
alter table outbound_mail add column award_id bigint references award (id) on delete set null;
create index ix_outbound_mail_award on outbound_mail (award_id);
