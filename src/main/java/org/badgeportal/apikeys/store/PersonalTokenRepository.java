package org.badgeportal.apikeys.store;

import java.util.List;
import java.util.Optional;
import org.badgeportal.apikeys.PersonalToken;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonalTokenRepository extends JpaRepository<PersonalToken, Long> {

    Optional<PersonalToken> findByTokenHash(String tokenHash);

    @Query("select t from PersonalToken t where t.account.id = :accountId order by t.revokedAt desc nulls first, t.createdAt desc")
    List<PersonalToken> findForAccount(Long accountId);

    @Query("select t from PersonalToken t where t.account.id = :accountId order by t.revokedAt desc nulls first, t.createdAt desc, t.id desc")
    Page<PersonalToken> findPageForAccount(Long accountId, Pageable pageable);
}
