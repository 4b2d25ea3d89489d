package org.badgeportal.badges;

import java.time.Clock;
import java.util.List;
import org.badgeportal.badges.store.BadgeRepository;
import org.badgeportal.badges.store.ProgramRepository;
import org.badgeportal.images.ImageInput;
import org.badgeportal.images.ImageService;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.IssuerService;
import org.badgeportal.system.NotFoundException;
import org.badgeportal.system.UniqueConstraints;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * Creates and changes badges from the editor's form. A form with any error writes nothing (not even its image);
 * a slug taken by a concurrent request is caught at the database constraint and reported like any taken slug.
 */
@Service
public class BadgeEditor {

    private static final String SLUG_CONSTRAINT = "uk_badge_slug";

    private final IssuerService issuers;
    private final BadgeRepository badges;
    private final ProgramRepository programs;
    private final BadgeFormReader reader;
    private final ImageService images;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final TransactionTemplate readOnly;

    BadgeEditor(IssuerService issuers, BadgeRepository badges, ProgramRepository programs, BadgeFormReader reader,
                ImageService images, Clock clock, PlatformTransactionManager transactionManager) {
        this.issuers = issuers;
        this.badges = badges;
        this.programs = programs;
        this.reader = reader;
        this.images = images;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /** What the editor page shows around the form: the issuer, its programs, and the badge being edited. */
    public record EditorPage(Issuer issuer, List<Program> programs, BadgeSummary badge, BadgeForm form) {
    }

    /** The stored state of the badge being edited (null for a new badge). */
    record BadgeSummary(String slug, String name, boolean archived, String imageSrc) {
    }

    /** The card the live preview shows. */
    record PreviewCard(String name, String strapline, String imageSrc, String color, Issuer issuer) {
    }

    EditorPage newBadge(String issuerSlug) {
        return readOnly.execute(status -> {
            Issuer issuer = issuer(issuerSlug);
            return new EditorPage(issuer, programs.findByIssuerOrderByName(issuer), null, BadgeForm.blank());
        });
    }

    public EditorPage editBadge(String issuerSlug, String slug) {
        return readOnly.execute(status -> {
            Issuer issuer = issuer(issuerSlug);
            Badge badge = badge(issuer, slug);
            return new EditorPage(issuer, programs.findByIssuerOrderByName(issuer), summary(badge),
                    BadgeForm.of(badge));
        });
    }

    /** The page around a form that is shown again with its errors; {@code slug} null for a new badge. */
    EditorPage pageFor(String issuerSlug, String slug, BadgeForm form) {
        return readOnly.execute(status -> {
            Issuer issuer = issuer(issuerSlug);
            BadgeSummary summary = slug == null ? null : summary(badge(issuer, slug));
            return new EditorPage(issuer, programs.findByIssuerOrderByName(issuer), summary, form);
        });
    }

    /** Creates the badge and returns its slug, or returns null with the reasons in {@code errors}. */
    public String create(String issuerSlug, BadgeForm form, MultipartFile upload, Errors errors) {
        return create(issuerSlug, form, upload, errors, null);
    }

    /** As {@link #create(String, BadgeForm, MultipartFile, Errors)}, archived at once when {@code archived}. */
    public String create(String issuerSlug, BadgeForm form, MultipartFile upload, Errors errors, Boolean archived) {
        try {
            return transactions.execute(status -> {
                Issuer issuer = issuer(issuerSlug);
                BadgeDraft draft = reader.read(issuer, null, form, upload, errors);
                if (errors.hasErrors()) {
                    status.setRollbackOnly();
                    return null;
                }
                Badge badge = new Badge(issuer, draft.slug(), draft.name(), clock.instant());
                write(badge, draft);
                if (archived != null) {
                    badge.setArchived(archived);
                }
                badges.saveAndFlush(badge);
                return badge.getSlug();
            });
        } catch (DataIntegrityViolationException e) {
            rejectTakenSlug(e, errors);
            return null;
        }
    }

    /** Saves changes and returns the (maybe new) slug, or returns null with the reasons in {@code errors}. */
    public String update(String issuerSlug, String slug, BadgeForm form, MultipartFile upload, Errors errors) {
        return update(issuerSlug, slug, form, upload, errors, null);
    }

    /** As {@link #update(String, String, BadgeForm, MultipartFile, Errors)}, also (un)archiving when given. */
    public String update(String issuerSlug, String slug, BadgeForm form, MultipartFile upload, Errors errors,
                  Boolean archived) {
        try {
            return transactions.execute(status -> {
                Issuer issuer = issuer(issuerSlug);
                Badge badge = badge(issuer, slug);
                BadgeDraft draft = reader.read(issuer, badge, form, upload, errors);
                if (errors.hasErrors()) {
                    status.setRollbackOnly();
                    return null;
                }
                write(badge, draft);
                if (archived != null) {
                    badge.setArchived(archived);
                }
                badge.touch(clock.instant());
                badges.saveAndFlush(badge);
                return badge.getSlug();
            });
        } catch (DataIntegrityViolationException e) {
            rejectTakenSlug(e, errors);
            return null;
        }
    }

    /** Sets the text recipients post when they share the badge (null clears it). */
    public void setShareText(String issuerSlug, String slug, String text) {
        transactions.executeWithoutResult(status -> {
            Badge badge = badge(issuer(issuerSlug), slug);
            badge.setShareText(text);
            badge.touch(clock.instant());
        });
    }

    /** The card for the values typed so far; saves nothing and reports no errors. */
    PreviewCard preview(String issuerSlug, String slug, BadgeForm form, MultipartFile upload) {
        return readOnly.execute(status -> {
            Issuer issuer = issuer(issuerSlug);
            String imageSrc = reader.previewImage(form, upload);
            if (imageSrc == null && slug != null) {
                imageSrc = badges.findByIssuerAndSlug(issuer, slug).map(Badge::getImageSrc).orElse(null);
            }
            return new PreviewCard(blankToNull(form.name()), blankToNull(form.strapline()), imageSrc,
                    CssColors.normalise(form.backgroundColor()), issuer);
        });
    }

    /** The card shown when the page opens: the form's values and the stored (or a valid typed) image. */
    static PreviewCard previewOf(EditorPage page) {
        BadgeForm form = page.form();
        String typedUrl = form.imageUrl() == null ? null : form.imageUrl().strip();
        String imageSrc = ImageService.isHttpUrl(typedUrl) ? typedUrl
                : page.badge() == null ? null : page.badge().imageSrc();
        return new PreviewCard(blankToNull(form.name()), blankToNull(form.strapline()), imageSrc,
                CssColors.normalise(form.backgroundColor()), page.issuer());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Turns a violation of the per-issuer slug constraint into the slug's field error. Anything else is not a
     * form problem and is rethrown.
     */
    static void rejectTakenSlug(DataIntegrityViolationException e, Errors errors) {
        if (!UniqueConstraints.violated(e, SLUG_CONSTRAINT)) {
            throw e;
        }
        errors.rejectValue("slug", "badge.slug.taken");
    }

    private void write(Badge badge, BadgeDraft draft) {
        draft.applyTo(badge);
        if (draft.image() instanceof ImageInput.Upload upload) {
            badge.useUploadedImage(images.store(upload.image()));
        } else if (draft.image() instanceof ImageInput.Url url) {
            badge.useImageUrl(url.url());
        }
    }

    private static BadgeSummary summary(Badge badge) {
        return new BadgeSummary(badge.getSlug(), badge.getName(), badge.isArchived(), badge.getImageSrc());
    }

    private Issuer issuer(String slug) {
        return issuers.requireBySlug(slug);
    }

    private Badge badge(Issuer issuer, String slug) {
        return badges.findByIssuerAndSlug(issuer, slug).orElseThrow(() -> new NotFoundException("Badge"));
    }
}
