package org.badgeportal.apikeys.store;

import java.util.List;
import java.util.Optional;
import org.badgeportal.apikeys.ApiKey;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ApiKeyRepository extends JpaRepository<ApiKey, Long> {

    @EntityGraph(attributePaths = "issuer")
    Optional<ApiKey> findByKeyHash(String keyHash);

    @Query("select k from ApiKey k where k.issuer.id = :issuerId order by k.revokedAt desc nulls first, k.createdAt desc")
    List<ApiKey> findForIssuer(Long issuerId);

    @Query("select k from ApiKey k where k.issuer.id = :issuerId order by k.revokedAt desc nulls first, k.createdAt desc, k.id desc")
    Page<ApiKey> findPageForIssuer(Long issuerId, Pageable pageable);

    @Query("""
            select k from ApiKey k join fetch k.issuer i
            where i.slug = :issuerSlug and k.revokedAt is null and k.secretCiphertext is not null""")
    List<ApiKey> findSigningKeys(String issuerSlug);
}
