package org.badgeportal.credentials;

import java.util.Optional;
import org.badgeportal.awards.Award;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The one read a credential needs: the award with its badge, issuer and recipient. */
interface CredentialAwards extends Repository<Award, Long> {

    @Query("""
            select a from Award a join fetch a.badge b join fetch b.issuer join fetch a.recipient
            where a.publicId = :publicId""")
    Optional<Award> findForCredential(@Param("publicId") String publicId);
}
