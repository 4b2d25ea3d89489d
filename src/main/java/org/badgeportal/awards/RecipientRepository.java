package org.badgeportal.awards;

import java.util.Optional;
import org.badgeportal.issuers.Issuer;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecipientRepository extends JpaRepository<Recipient, Long> {

    Optional<Recipient> findByIssuerAndIdentifier(Issuer issuer, String identifier);
}
