package org.badgeportal.demo;

import org.badgeportal.issuers.IssuerService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * On start-up, fills a database that has no issuer yet with {@link DemoData} when {@code badges.demo.enabled}
 * is true, and prints the demo sign-ins once. Runs after the administrator account is set up (order 0), but
 * does not need it.
 */
@Component
@Order(10)
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final DemoData demoData;
    private final IssuerService issuers;
    private final DemoProperties properties;

    DemoDataRunner(DemoData demoData, IssuerService issuers, DemoProperties properties) {
        this.demoData = demoData;
        this.issuers = issuers;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled() || issuers.anyExists()) {
            return;
        }
        try {
            demoData.create().ifPresent(this::printBanner);
        } catch (DataIntegrityViolationException e) {
            log.info("Demo data was created by another instance at the same time; nothing to do");
        }
    }

    private void printBanner(DemoSignIns signIns) {
        String line = "=".repeat(72);
        StringBuilder banner = new StringBuilder("\n").append(line).append("\n Demo data created. Sign in as:\n");
        signIns.emails().forEach(email -> banner.append("   ").append(email).append('\n'));
        banner.append(signIns.passwordGenerated()
                ? " with the password: " + signIns.password() + "\n (shown only now; set badges.demo.password to choose one)\n"
                : " with the password set in badges.demo.password\n");
        banner.append(" Show demo user daniel's badges on any page with:\n")
                .append(signIns.embedSnippet().indent(3))
                .append(line);
        if (signIns.passwordGenerated()) {
            log.warn("{}", banner);
        } else {
            log.info("{}", banner);
        }
    }
}
