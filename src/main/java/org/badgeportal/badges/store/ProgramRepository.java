package org.badgeportal.badges.store;

import java.util.List;
import java.util.Optional;
import org.badgeportal.badges.Program;
import org.badgeportal.issuers.Issuer;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgramRepository extends JpaRepository<Program, Long> {

    List<Program> findByIssuerOrderByName(Issuer issuer);

    Optional<Program> findByIssuerAndSlug(Issuer issuer, String slug);

    boolean existsByIssuerAndSlug(Issuer issuer, String slug);
}
