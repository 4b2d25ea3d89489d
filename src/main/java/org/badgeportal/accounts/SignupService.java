package org.badgeportal.accounts;

import java.time.Clock;
import java.util.Locale;
import org.badgeportal.accounts.store.AccountRepository;
import org.badgeportal.system.UniqueConstraints;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Creates accounts: the rules a form cannot check alone, then the account and its verification mail. */
@Service
class SignupService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final EmailVerification verification;
    private final Clock clock;

    SignupService(AccountRepository accounts, PasswordEncoder passwordEncoder, EmailVerification verification,
                  Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.verification = verification;
        this.clock = clock;
    }

    /** Adds the errors of rules across fields and against existing accounts; fields already wrong are skipped. */
    @Transactional(readOnly = true)
    void check(SignupForm form, Errors errors) {
        if (!errors.hasFieldErrors("email") && accounts.existsByEmail(Account.normaliseEmail(form.email()))) {
            errors.rejectValue("email", "signup.email.taken");
        }
        if (!errors.hasFieldErrors("handle")) {
            if (Handles.isReserved(form.handle())) {
                errors.rejectValue("handle", "signup.handle.reserved");
            } else if (accounts.existsByHandle(form.handle())) {
                errors.rejectValue("handle", "signup.handle.taken");
            }
        }
        if (!errors.hasFieldErrors("password")) {
            String password = form.password().toLowerCase(Locale.ROOT);
            String localPart = localPart(form.email());
            if (localPart.length() >= 3 && password.contains(localPart)) {
                errors.rejectValue("password", "signup.password.containsEmail");
            } else if (form.handle() != null && form.handle().length() >= 3
                    && password.contains(form.handle().toLowerCase(Locale.ROOT))) {
                errors.rejectValue("password", "signup.password.containsHandle");
            }
        }
        if (form.password() != null && !form.password().equals(form.confirmPassword())) {
            errors.rejectValue("confirmPassword", "signup.confirmPassword.mismatch");
        }
    }

    /**
     * Stores the (unverified) account and mails its verification link, all or nothing.
     *
     * @throws DuplicateAccountException when a concurrent sign-up took the email or handle first
     */
    @Transactional
    Account signUp(SignupForm form) {
        Account account = new Account(form.email(), passwordEncoder.encode(form.password()), form.displayName(),
                form.handle(), clock.instant());
        try {
            account = accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException e) {
            if (UniqueConstraints.violated(e, "uk_account_email")) {
                throw new DuplicateAccountException("email", e);
            }
            if (UniqueConstraints.violated(e, "uk_account_handle")) {
                throw new DuplicateAccountException("handle", e);
            }
            throw e;
        }
        verification.sendLink(account);
        return account;
    }

    private static String localPart(String email) {
        String normalised = Account.normaliseEmail(email);
        if (normalised == null) {
            return "";
        }
        int at = normalised.indexOf('@');
        return at < 0 ? normalised : normalised.substring(0, at);
    }
}
