package org.badgeportal.collections.store;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.badgeportal.accounts.Account;
import org.badgeportal.collections.BadgeCollection;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BadgeCollectionRepository extends JpaRepository<BadgeCollection, Long> {

    long countByAccountId(Long accountId);

    List<BadgeCollection> findByAccountOrderByName(Account account);

    Optional<BadgeCollection> findByAccountAndName(Account account, String name);

    /**
     * One of the account's collections, with its row locked until the transaction ends: changes to one
     * collection's awards run one after the other (two concurrent "add" would otherwise take the same position).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from BadgeCollection c where c.account.id = :accountId and c.name = :name")
    Optional<BadgeCollection> lockOwn(@Param("accountId") Long accountId, @Param("name") String name);
}
