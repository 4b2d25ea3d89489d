package org.badgeportal.apis.portal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.badgeportal.awards.Award;
import org.badgeportal.awards.AwardStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Reads behind the portal API's award endpoints; each loads badge, issuer and recipient in the same select. */
interface ApiAwardQueries extends Repository<Award, Long> {

    String FETCH = "select a from Award a join fetch a.badge b join fetch b.issuer i join fetch a.recipient r ";
    Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "issuer.id", "issuedAt", "id");

    /**
     * A page of an issuer's awards; a null filter matches everything. Sort by {@link #NEWEST_FIRST} to read the
     * (issuer, issued, id) index backwards instead of sorting all of the issuer's awards.
     */
    @Query(value = FETCH + """
            where a.issuer.id = :issuerId and (:status is null or a.status = :status)
              and (:badge is null or b.slug = :badge) and (:recipient is null or r.identifier = :recipient)""",
            countQuery = """
            select count(a) from Award a join a.badge b join a.recipient r
            where a.issuer.id = :issuerId and (:status is null or a.status = :status)
              and (:badge is null or b.slug = :badge) and (:recipient is null or r.identifier = :recipient)""")
    Page<Award> search(@Param("issuerId") Long issuerId, @Param("status") AwardStatus status,
                       @Param("badge") String badge, @Param("recipient") String recipient, Pageable pageable);

    @Query(FETCH + "where a.publicId = :publicId and i.id = :issuerId")
    Optional<Award> findForIssuer(@Param("publicId") String publicId, @Param("issuerId") Long issuerId);

    @Query(FETCH + "where a.publicId = :publicId and r.account.id = :accountId")
    Optional<Award> findForRecipient(@Param("publicId") String publicId, @Param("accountId") Long accountId);

    /** (award id, url) pairs of the evidence of these awards, in each award's order. */
    @Query("select a.id, e from Award a join a.evidence e where a.id in :ids order by a.id, index(e)")
    List<Object[]> evidenceOf(@Param("ids") Collection<Long> ids);
}
