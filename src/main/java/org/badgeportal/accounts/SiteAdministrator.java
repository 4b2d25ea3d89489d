package org.badgeportal.accounts;

import java.time.Clock;
import org.badgeportal.accounts.store.AccountRepository;
import org.badgeportal.system.RandomTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Makes sure the portal has a site administrator at first start (before the demo data, which runs at order 10):
 * {@code badges.admin.email} with {@code badges.admin.password}, or a generated password printed once.
 */
@Component
@Order(0)
class SiteAdministrator implements ApplicationRunner {

    static final String HANDLE = "admin";
    private static final Logger log = LoggerFactory.getLogger(SiteAdministrator.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AdminProperties properties;
    private final Clock clock;

    SiteAdministrator(AccountRepository accounts, PasswordEncoder passwordEncoder, AdminProperties properties,
                      Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.existsByRole(AccountRole.ADMIN)) {
            return;
        }
        String email = Account.normaliseEmail(properties.email());
        var existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            Account account = existing.get();
            account.makeAdmin();
            account.markEmailVerified();
            log.warn("No site administrator existed: the account {} is now the administrator.", email);
            return;
        }
        String configured = properties.password();
        String password = StringUtils.hasText(configured) ? configured : RandomTokens.urlSafe(18);
        Account admin = new Account(email, passwordEncoder.encode(password), "Site administrator",
                uniqueHandle(), clock.instant());
        admin.makeAdmin();
        admin.markEmailVerified();
        accounts.save(admin);
        if (StringUtils.hasText(configured)) {
            log.info("Created the site administrator {} with the configured password.", email);
        } else {
            log.warn("""

                    ************************************************************************
                    *  Site administrator created.
                    *    email:    {}
                    *    password: {}
                    *  This password is shown only this once. Sign in and keep it safe,
                    *  or set badges.admin.password before the first start.
                    ************************************************************************""", email, password);
        }
    }

    /** "admin", unless someone already has it (e.g. an account created before this runner existed). */
    private String uniqueHandle() {
        String handle = HANDLE;
        for (int i = 2; accounts.existsByHandle(handle); i++) {
            handle = HANDLE + "-" + i;
        }
        return handle;
    }
}
