package org.badgeportal.accounts;

import java.util.Optional;
import org.badgeportal.accounts.store.AccountRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How other modules find accounts: by id, email or public handle. The repository stays inside this module, so
 * every way into the account table is listed here.
 */
@Service
public class Accounts {

    private final AccountRepository accounts;

    Accounts(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public Optional<Account> byId(Long id) {
        return id == null ? Optional.empty() : accounts.findById(id);
    }

    /** The account of this address, which must already be normalised ({@link Account#normaliseEmail}). */
    @Transactional(readOnly = true)
    public Optional<Account> byEmail(String email) {
        return accounts.findByEmail(email);
    }

    @Transactional(readOnly = true)
    public Optional<Account> byHandle(String handle) {
        return handle == null ? Optional.empty() : accounts.findByHandle(handle);
    }

    @Transactional(readOnly = true)
    public boolean existsByEmail(String email) {
        return accounts.existsByEmail(email);
    }

    @Transactional(readOnly = true)
    public boolean existsByHandle(String handle) {
        return accounts.existsByHandle(handle);
    }

    /** A reference to the account for a new row that points to it, without loading the account. */
    public Account reference(Long id) {
        return accounts.getReferenceById(id);
    }

    /** Saves a new account, or writes a changed one now, so that a unique constraint fails here and not at commit. */
    @Transactional
    public Account saveNow(Account account) {
        return accounts.saveAndFlush(account);
    }
}
