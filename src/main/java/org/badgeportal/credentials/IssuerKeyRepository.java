package org.badgeportal.credentials;

import jakarta.persistence.LockModeType;
import java.util.List;
import org.badgeportal.issuers.Issuer;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface IssuerKeyRepository extends JpaRepository<IssuerKey, Long> {

    /** Oldest first (ties by id), so "the first key" is well defined. */
    List<IssuerKey> findByIssuerIdOrderByCreatedAtAscIdAsc(Long issuerId);

    /** Serialises key creation and rotation per issuer. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Issuer i where i.id = :id")
    Issuer lockIssuer(@Param("id") Long issuerId);
}
