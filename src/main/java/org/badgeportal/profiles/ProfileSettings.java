package org.badgeportal.profiles;

import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.Accounts;
import org.badgeportal.accounts.Handles;
import org.badgeportal.system.NotFoundException;
import org.badgeportal.system.UniqueConstraints;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** An account's own settings: display name, handle (the sign-up rules) and whether its profile is public. */
@Service
@Transactional
class ProfileSettings {

    private final Accounts accounts;

    ProfileSettings(Accounts accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    Account account(Long accountId) {
        return accounts.byId(accountId).orElseThrow(() -> new NotFoundException("Account"));
    }

    /** Adds the errors of the rules that need the database; a handle already wrong is not looked up. */
    @Transactional(readOnly = true)
    void check(Long accountId, SettingsForm form, Errors errors) {
        if (errors.hasFieldErrors("handle")) {
            return;
        }
        if (Handles.isReserved(form.handle())) {
            errors.rejectValue("handle", "signup.handle.reserved");
        } else if (accounts.byHandle(form.handle()).filter(other -> !other.getId().equals(accountId)).isPresent()) {
            errors.rejectValue("handle", "signup.handle.taken");
        }
    }

    /**
     * Saves the settings, all or nothing.
     *
     * @throws DuplicateHandleException when a concurrent request took the handle first
     */
    Account save(Long accountId, SettingsForm form) {
        Account account = account(accountId);
        account.setDisplayName(form.displayName());
        account.setHandle(form.handle());
        account.setProfilePublic(form.profilePublic());
        try {
            accounts.saveNow(account);
        } catch (DataIntegrityViolationException e) {
            if (UniqueConstraints.violated(e, Handles.UNIQUE_CONSTRAINT)) {
                throw new DuplicateHandleException(e);
            }
            throw e;
        }
        return account;
    }
}
