package org.badgeportal.badges;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.badgeportal.badges.store.BadgeRepository;
import org.badgeportal.badges.store.ProgramRepository;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.IssuerService;
import org.badgeportal.system.UniqueConstraints;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;

/** An issuer's programs (BadgeKit's grouping of badges): listed with their badge counts, and created. */
@Service
class Programs {

    private static final String SLUG_CONSTRAINT = "uk_program_slug";

    private final IssuerService issuers;
    private final ProgramRepository programs;
    private final BadgeRepository badges;
    private final TransactionTemplate transactions;

    Programs(IssuerService issuers, ProgramRepository programs, BadgeRepository badges,
             PlatformTransactionManager transactionManager) {
        this.issuers = issuers;
        this.programs = programs;
        this.badges = badges;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    record ProgramRow(String slug, String name, String description, long badgeCount) {
    }

    record ProgramsPage(Issuer issuer, List<ProgramRow> programs) {
    }

    ProgramsPage page(String issuerSlug) {
        return transactions.execute(status -> {
            Issuer issuer = issuer(issuerSlug);
            Map<Long, Long> counts = new HashMap<>();
            badges.countByProgram(issuer).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
            List<ProgramRow> rows = programs.findByIssuerOrderByName(issuer).stream()
                    .map(p -> new ProgramRow(p.getSlug(), p.getName(), p.getDescription(),
                            counts.getOrDefault(p.getId(), 0L)))
                    .toList();
            return new ProgramsPage(issuer, rows);
        });
    }

    /** Creates the program and returns its name, or returns null with the reasons in {@code errors}. */
    String create(String issuerSlug, ProgramForm form, Errors errors) {
        try {
            return transactions.execute(status -> {
                Issuer issuer = issuer(issuerSlug);
                String slug = form.slug() == null ? null : form.slug().strip();
                if (!errors.hasFieldErrors("slug") && programs.existsByIssuerAndSlug(issuer, slug)) {
                    errors.rejectValue("slug", "program.slug.taken");
                }
                if (errors.hasErrors()) {
                    status.setRollbackOnly();
                    return null;
                }
                String description = form.description() == null || form.description().isBlank()
                        ? null : form.description().strip();
                Program program = programs.saveAndFlush(
                        new Program(issuer, slug, form.name().strip(), description));
                return program.getName();
            });
        } catch (DataIntegrityViolationException e) {
            if (!UniqueConstraints.violated(e, SLUG_CONSTRAINT)) {
                throw e;
            }
            errors.rejectValue("slug", "program.slug.taken");
            return null;
        }
    }

    private Issuer issuer(String slug) {
        return issuers.requireBySlug(slug);
    }
}
