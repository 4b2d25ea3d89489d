-- Each award also names its issuer (always its badge's issuer: a badge never moves), so that an issuer's newest
-- awards are read straight from an index instead of sorting every award of every badge. No foreign key of its
-- own: award.badge_id already guarantees the issuer exists, and H2 would give a foreign key an index of its own
-- and prefer it to the sorted one.
alter table award add column issuer_id bigint;
update award set issuer_id = (select b.issuer_id from badge b where b.id = award.badge_id);
alter table award alter column issuer_id set not null;
create index ix_award_issuer_issued on award (issuer_id, issued_at, id);
