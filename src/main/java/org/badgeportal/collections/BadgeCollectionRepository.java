package org.badgeportal.collections;

import java.util.List;
import java.util.Optional;
import org.badgeportal.accounts.Account;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BadgeCollectionRepository extends JpaRepository<BadgeCollection, Long> {

    List<BadgeCollection> findByAccountOrderByName(Account account);

    Optional<BadgeCollection> findByAccountAndName(Account account, String name);
}
