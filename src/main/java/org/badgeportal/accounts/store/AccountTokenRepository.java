package org.badgeportal.accounts.store;

import java.util.List;
import java.util.Optional;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.AccountToken;
import org.badgeportal.accounts.TokenPurpose;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHashAndPurpose(String tokenHash, TokenPurpose purpose);

    List<AccountToken> findByAccountAndPurpose(Account account, TokenPurpose purpose);
}
