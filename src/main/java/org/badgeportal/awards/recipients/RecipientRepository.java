package org.badgeportal.awards.recipients;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.badgeportal.accounts.Account;
import org.badgeportal.awards.Recipient;
import org.badgeportal.issuers.Issuer;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RecipientRepository extends JpaRepository<Recipient, Long> {

    Optional<Recipient> findByIssuerAndIdentifier(Issuer issuer, String identifier);

    @Query("select r from Recipient r where r.issuer.id = :issuerId and r.identifier = :identifier")
    Optional<Recipient> findInIssuer(@Param("issuerId") Long issuerId, @Param("identifier") String identifier);

    /**
     * One chunk of a bulk award's recipients; callers keep {@code identifiers} to at most 1000 entries. The
     * {@code + 0} keeps H2 from choosing the issuer's index (a scan of all its recipients, each compared with the
     * whole list) over one probe of ix_recipient_identifier per identifier.
     */
    @Query("select r from Recipient r where r.identifier in :identifiers and r.issuer.id + 0 = :issuerId")
    List<Recipient> findInIssuer(@Param("issuerId") Long issuerId,
                                 @Param("identifiers") Collection<String> identifiers);

    Optional<Recipient> findByClaimTokenHash(String claimTokenHash);

    /** Verified accounts among these emails (at most 1000 per call), to link new email recipients. */
    @Query("select a from Account a where a.emailVerified = true and a.email in :emails")
    List<Account> findVerifiedAccounts(@Param("emails") Collection<String> emails);

    /**
     * Links every email recipient (in any issuer) whose identifier is this verified email. Does not clear the
     * persistence context, so a caller's changes in the same transaction stay managed.
     */
    @Modifying(flushAutomatically = true)
    @Query("""
            update Recipient r set r.account = :account
            where r.kind = org.badgeportal.awards.RecipientKind.EMAIL and r.identifier = :email
              and (r.account is null or r.account <> :account)""")
    int linkEmailRecipients(@Param("email") String email, @Param("account") Account account);

    /** Links the recipient holding this claim token and spends the token; 0 when it was already spent. */
    @Modifying(flushAutomatically = true)
    @Query("""
            update Recipient r set r.account = :account, r.claimTokenHash = null
            where r.id = :id and r.claimTokenHash = :hash""")
    int claim(@Param("id") Long recipientId, @Param("hash") String claimTokenHash, @Param("account") Account account);
}
