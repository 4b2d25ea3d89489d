package org.badgeportal.issuers.store;

import java.util.List;
import java.util.Optional;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.Membership;
import org.badgeportal.issuers.MembershipRole;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

    @Query("select m from Membership m where m.issuer.slug = :slug and m.account.email = :email")
    Optional<Membership> findByIssuerSlugAndAccountEmail(String slug, String email);

    /** A page of the issuer's members with their accounts, owners first. */
    @Query(value = "select m from Membership m join fetch m.account where m.issuer = :issuer"
            + " order by m.role, m.account.email, m.id",
            countQuery = "select count(m) from Membership m where m.issuer = :issuer")
    Page<Membership> findPageByIssuerWithAccounts(Issuer issuer, Pageable pageable);

    @Query("select m from Membership m join fetch m.issuer where m.account.id = :accountId order by m.issuer.name")
    List<Membership> findByAccountIdWithIssuers(Long accountId);

    Optional<Membership> findByIssuerAndAccountId(Issuer issuer, Long accountId);

    @Query("select m from Membership m join fetch m.account where m.id = :id and m.issuer = :issuer")
    Optional<Membership> findByIdAndIssuer(Long id, Issuer issuer);

    long countByIssuerAndRole(Issuer issuer, MembershipRole role);

    long countByIssuer(Issuer issuer);
}
