package org.badgeportal.accounts.store;

import java.util.Optional;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.AccountRole;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    Optional<Account> findByHandle(String handle);

    boolean existsByEmail(String email);

    boolean existsByHandle(String handle);

    boolean existsByRole(AccountRole role);
}
