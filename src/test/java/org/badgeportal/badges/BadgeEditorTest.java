package org.badgeportal.badges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.SignedInAccount;
import org.badgeportal.badges.store.BadgeRepository;
import org.badgeportal.badges.store.ProgramRepository;
import org.badgeportal.images.store.StoredImageRepository;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.badgeportal.support.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

@PortalTest
class BadgeEditorTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    BadgeRepository badges;
    @Autowired
    ProgramRepository programs;
    @Autowired
    StoredImageRepository images;
    @Autowired
    TransactionTemplate transactions;

    Issuer issuer;
    SignedInAccount owner;
    String newPath;

    @BeforeEach
    void setUp() {
        Account account = data.account("editor");
        issuer = data.issuer(account, AcceptancePolicy.REQUIRED);
        owner = data.principal(account);
        newPath = "/manage/" + issuer.getSlug() + "/badges/new";
    }

    private ResultActions create(Map<String, String> fields, MockMultipartFile... files) throws Exception {
        return mvc.perform(BadgeForms.post(newPath, owner, fields, files));
    }

    /** Posts the form, expects the field's error on the page, and checks that nothing was written. */
    private void refused(Map<String, String> fields, String field, String message, MockMultipartFile... files)
            throws Exception {
        long imagesBefore = images.count();
        long badgesBefore = badgesOfIssuer();
        create(fields, files)
                .andExpect(status().is(422))
                .andExpect(model().attributeHasFieldErrors("badgeForm", field))
                .andExpect(content().string(containsString(message)));
        assertThat(badgesOfIssuer()).isEqualTo(badgesBefore);
        assertThat(images.count()).isEqualTo(imagesBefore);
    }

    private long badgesOfIssuer() {
        return badges.count((root, query, cb) -> cb.equal(root.get("issuer"), issuer));
    }

    @Test
    void showsTheEmptyFormWithThreeCriteriaRowsAndAPreview() throws Exception {
        mvc.perform(get(newPath).with(user(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"criteria[2].description\"")))
                .andExpect(content().string(containsString("hx-trigger=\"input changed delay:300ms\"")))
                .andExpect(content().string(containsString("id=\"badge-preview\"")));
    }

    @Test
    void createsABadgeWithEveryField() throws Exception {
        Program program = transactions.execute(s -> programs.save(new Program(issuer, "term-1", "Term 1", null)));
        Map<String, String> fields = BadgeForms.valid();
        fields.put("issuerUrl", "https://school.example/");
        fields.put("rubricUrl", "http://school.example/rubric");
        fields.put("criteriaUrl", "https://school.example/criteria");
        fields.put("timeValue", "3");
        fields.put("timeUnits", "WEEKS");
        fields.put("limit", "100");
        fields.put("unique", "true");
        fields.put("backgroundColor", "Teal");
        fields.put("validityDays", "365");
        fields.put("shareText", "I read ten books!");
        fields.put("program", "term-1");
        fields.put("categories", " Reading , Literacy,,");
        fields.put("tags", "Books, SUMMER ");
        fields.put("criteria[0].description", "Read ten books");
        fields.put("criteria[0].required", "true");
        fields.put("_criteria[0].required", "on");
        fields.put("criteria[0].note", "Check the reading log");
        fields.put("_criteria[1].required", "on");
        fields.put("criteria[2].description", "Write one review");
        fields.put("_criteria[2].required", "on");
        fields.put("customFields", "level = 3\nrare = true\ncolour = gold \"bright\"");

        create(fields).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/manage/" + issuer.getSlug() + "/badges/" + fields.get("slug") + "/edit"));

        transactions.executeWithoutResult(s -> {
            Badge badge = badges.findByIssuerAndSlug(issuer, fields.get("slug")).orElseThrow();
            assertThat(badge.getName()).isEqualTo("Reading badge");
            assertThat(badge.getTimeValue()).isEqualTo(3);
            assertThat(badge.getTimeUnits()).isEqualTo(TimeUnits.WEEKS);
            assertThat(badge.getLimit()).isEqualTo(100);
            assertThat(badge.isUnique()).isTrue();
            assertThat(badge.isListed()).isTrue();
            assertThat(badge.getBackgroundColor()).isEqualTo("teal");
            assertThat(badge.getValidityDays()).isEqualTo(365);
            assertThat(badge.getShareText()).isEqualTo("I read ten books!");
            assertThat(badge.getProgram().getId()).isEqualTo(program.getId());
            assertThat(badge.getCategories()).containsExactlyInAnyOrder("Literacy", "Reading");
            assertThat(badge.getTags()).containsExactlyInAnyOrder("books", "summer");
            assertThat(badge.getCriteria()).hasSize(2);
            assertThat(badge.getCriteria().get(0).getDescription()).isEqualTo("Read ten books");
            assertThat(badge.getCriteria().get(0).isRequired()).isTrue();
            assertThat(badge.getCriteria().get(0).getNote()).isEqualTo("Check the reading log");
            assertThat(badge.getCriteria().get(1).isRequired()).isFalse();
            assertThat(badge.getCustomFields()).containsEntry("level", "3").containsEntry("rare", "true")
                    .containsEntry("colour", "\"gold \\\"bright\\\"\"");
            assertThat(badge.getImageUrl()).isEqualTo("https://example.org/reading.png");
        });

        mvc.perform(get("/manage/" + issuer.getSlug() + "/badges/" + fields.get("slug") + "/edit").with(user(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Check the reading log\"")))
                .andExpect(content().string(containsString("colour = gold &quot;bright&quot;")));
    }

    @Test
    void eachRuleGivesItsFieldErrorAndSavesNothing() throws Exception {
        refused(BadgeForms.with("slug", "Reading Badge"), "slug", "Use lowercase letters");
        refused(BadgeForms.with("slug", "a".repeat(51)), "slug", "at most 50");
        refused(BadgeForms.with("name", " "), "name", "Enter a name.");
        refused(BadgeForms.with("name", "n".repeat(256)), "name", "at most 255");
        refused(BadgeForms.with("strapline", "s".repeat(141)), "strapline", "at most 140");
        refused(BadgeForms.with("earnerDescription", ""), "earnerDescription", "Describe the badge for earners.");
        refused(BadgeForms.with("consumerDescription", ""), "consumerDescription", "Describe the badge for viewers.");
        refused(BadgeForms.with("type", ""), "type", "Enter a type.");
        refused(BadgeForms.with("type", "t".repeat(256)), "type", "at most 255");
        refused(BadgeForms.with("issuerUrl", "javascript:alert(1)"), "issuerUrl", "http:// or https://");
        refused(BadgeForms.with("rubricUrl", "ftp://example.org/r"), "rubricUrl", "http:// or https://");
        refused(BadgeForms.with("criteriaUrl", "example.org"), "criteriaUrl", "http:// or https://");
        refused(BadgeForms.with("timeValue", "-1"), "timeValue", "cannot be negative");
        refused(BadgeForms.with("timeValue", "soon"), "timeValue", "Enter a whole number.");
        refused(BadgeForms.with("timeValue", "5"), "timeUnits", "Choose the units");
        refused(BadgeForms.with("timeUnits", "FORTNIGHTS"), "timeUnits", "Choose minutes, hours, days or weeks.");
        refused(BadgeForms.with("limit", "0"), "limit", "at least 1");
        refused(BadgeForms.with("validityDays", "0"), "validityDays", "at least 1 day");
        refused(BadgeForms.with("backgroundColor", "red; background-image: url(x)"), "backgroundColor", "colour name");
        refused(BadgeForms.with("backgroundColor", "#12345"), "backgroundColor", "colour name");
        refused(BadgeForms.with("shareText", "Look <b>here</b>"), "shareText", "cannot contain HTML");
        refused(BadgeForms.with("shareText", "x".repeat(501)), "shareText", "at most 500");
        refused(BadgeForms.with("program", "no-such-program"), "program", "Choose one of your programs.");
        refused(BadgeForms.with("tags", "ok, " + "t".repeat(65)), "tags", "longer than 64");
        refused(BadgeForms.with("categories", "c".repeat(65)), "categories", "longer than 64");
        refused(BadgeForms.with("customFields", "count = 3"), "customFields", "is reserved");
        refused(BadgeForms.with("customFields", "globalLatest = 3"), "customFields", "is reserved");
        refused(BadgeForms.with("customFields", "1st = 3"), "customFields", "starts with a letter");
        refused(BadgeForms.with("customFields", "just text"), "customFields", "write name = value");
        refused(BadgeForms.with("customFields", "a = 1\na = 2"), "customFields", "given twice");
        refused(BadgeForms.with("imageUrl", ""), "imageUrl", "Upload an image or give its address.");
        refused(BadgeForms.with("imageUrl", "javascript:alert(1)"), "imageUrl", "http:// or https://");
        Map<String, String> noteOnly = BadgeForms.valid();
        noteOnly.put("criteria[1].note", "a note without a criterion");
        refused(noteOnly, "criteria[1].description", "Describe the criterion");
    }

    @Test
    void aDuplicateSlugIsAFieldError() throws Exception {
        Badge existing = data.badge(issuer, "Existing");
        refused(BadgeForms.with("slug", existing.getSlug()), "slug", "You already have a badge with this slug.");
        // the same slug at another issuer is fine
        Account other = data.account("other");
        Issuer otherIssuer = data.issuer(other, AcceptancePolicy.REQUIRED);
        mvc.perform(BadgeForms.post("/manage/" + otherIssuer.getSlug() + "/badges/new", data.principal(other),
                        BadgeForms.with("slug", existing.getSlug())))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aRealPngUploadIsStoredAndServedBack() throws Exception {
        Map<String, String> fields = BadgeForms.with("imageUrl", "");
        create(fields, BadgeForms.image("badge.png", "image/png", TestImages.png()))
                .andExpect(status().is3xxRedirection());
        Long imageId = transactions.execute(s ->
                badges.findByIssuerAndSlug(issuer, fields.get("slug")).orElseThrow().getImage().getId());
        mvc.perform(get("/images/" + imageId))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(content().bytes(TestImages.png()));
    }

    @Test
    void theDeclaredTypeNeverCountsOnlyTheBytes() throws Exception {
        refused(BadgeForms.with("imageUrl", ""), "imageUrl", "Only PNG, JPEG, GIF or SVG",
                BadgeForms.image("notes.png", "image/png", "just some text".getBytes(StandardCharsets.UTF_8)));
        // a real PNG declared as text is still a PNG
        Map<String, String> fields = BadgeForms.with("imageUrl", "");
        create(fields, BadgeForms.image("badge.txt", "text/plain", TestImages.png()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void refusesImagesThatAreTooLargeInBytesOrPixels() throws Exception {
        byte[] big = TestImages.noisyPng(300, 300);
        assertThat(big.length).isGreaterThan(256 * 1024);
        refused(BadgeForms.with("imageUrl", ""), "imageUrl", "larger than 256 KB",
                BadgeForms.image("big.png", "image/png", big));
        refused(BadgeForms.with("imageUrl", TestImages.dataUri(big)), "imageUrl", "larger than 256 KB");
        refused(BadgeForms.with("imageUrl", ""), "imageUrl", "3000 x 10 pixels",
                BadgeForms.image("wide.png", "image/png", TestImages.png(3000, 10)));
    }

    @Test
    void refusesSvgWithScriptsOrEventHandlers() throws Exception {
        String script = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
        refused(BadgeForms.with("imageUrl", ""), "imageUrl", "SVG images may not contain scripts",
                BadgeForms.image("a.svg", "image/svg+xml", script.getBytes(StandardCharsets.UTF_8)));
        String onload = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"1\" height=\"1\"/></svg>";
        refused(BadgeForms.with("imageUrl", ""), "imageUrl", "SVG images may not contain scripts",
                BadgeForms.image("b.svg", "image/svg+xml", onload.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void acceptsACleanSvgAndServesItWithAStrictPolicy() throws Exception {
        Map<String, String> fields = BadgeForms.with("imageUrl", "");
        create(fields, BadgeForms.image("badge.svg", "application/octet-stream", TestImages.cleanSvg()))
                .andExpect(status().is3xxRedirection());
        Long imageId = transactions.execute(s ->
                badges.findByIssuerAndSlug(issuer, fields.get("slug")).orElseThrow().getImage().getId());
        mvc.perform(get("/images/" + imageId))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/svg+xml"))
                .andExpect(header().string("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'"));
    }

    @Test
    void acceptsADataUriAndStoresItsBytes() throws Exception {
        Map<String, String> fields = BadgeForms.with("imageUrl", TestImages.dataUri(TestImages.png(32, 32)));
        create(fields).andExpect(status().is3xxRedirection());
        transactions.executeWithoutResult(s -> {
            Badge badge = badges.findByIssuerAndSlug(issuer, fields.get("slug")).orElseThrow();
            assertThat(badge.getImageUrl()).isNull();
            assertThat(badge.getImage().getContentType()).isEqualTo("image/png");
            assertThat(badge.getImage().getBytes()).isEqualTo(TestImages.png(32, 32));
        });
    }

    @Test
    void editingKeepsTheImageWhenNoneIsGivenAndCanRenameTheSlug() throws Exception {
        Map<String, String> fields = BadgeForms.with("imageUrl", "");
        create(fields, BadgeForms.image("badge.png", "image/png", TestImages.png())).andExpect(status().is3xxRedirection());
        Long imageId = transactions.execute(s ->
                badges.findByIssuerAndSlug(issuer, fields.get("slug")).orElseThrow().getImage().getId());

        String editPath = "/manage/" + issuer.getSlug() + "/badges/" + fields.get("slug") + "/edit";
        Map<String, String> changed = BadgeForms.valid();
        changed.put("imageUrl", "");
        changed.put("name", "Reading champion");
        mvc.perform(BadgeForms.post(editPath, owner, changed))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/manage/" + issuer.getSlug() + "/badges/" + changed.get("slug") + "/edit"));

        transactions.executeWithoutResult(s -> {
            assertThat(badges.existsByIssuerAndSlug(issuer, fields.get("slug"))).isFalse();
            Badge badge = badges.findByIssuerAndSlug(issuer, changed.get("slug")).orElseThrow();
            assertThat(badge.getName()).isEqualTo("Reading champion");
            assertThat(badge.getImage().getId()).isEqualTo(imageId);
        });
    }

    @Test
    void anEditWithAnErrorChangesNothing() throws Exception {
        Badge badge = data.badge(issuer, "Stays");
        String editPath = "/manage/" + issuer.getSlug() + "/badges/" + badge.getSlug() + "/edit";
        Map<String, String> fields = BadgeForms.valid();
        fields.put("slug", badge.getSlug());
        fields.put("name", "Changed");
        fields.put("limit", "0");
        mvc.perform(BadgeForms.post(editPath, owner, fields, BadgeForms.image("x.png", "image/png", TestImages.png())))
                .andExpect(status().is(422))
                .andExpect(model().attributeHasFieldErrors("badgeForm", "limit"));
        transactions.executeWithoutResult(s -> {
            Badge stored = badges.findByIssuerAndSlug(issuer, badge.getSlug()).orElseThrow();
            assertThat(stored.getName()).isEqualTo("Stays");
            assertThat(stored.getImage()).isNull();
        });
    }

    @Test
    void thePreviewShowsTheTypedValuesEscapedAndSavesNothing() throws Exception {
        Map<String, String> fields = BadgeForms.valid();
        fields.put("name", "<b>Bold</b> & brave");
        fields.put("backgroundColor", "gold");
        long before = badges.count();
        mvc.perform(BadgeForms.post("/manage/" + issuer.getSlug() + "/badges/preview", owner, fields)
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;b&gt;Bold&lt;/b&gt; &amp; brave")))
                .andExpect(content().string(not(containsString("<b>Bold</b>"))))
                .andExpect(content().string(containsString("background-color: gold")))
                .andExpect(content().string(containsString("src=\"https://example.org/reading.png\"")))
                .andExpect(content().string(not(containsString("<html"))));
        assertThat(badges.count()).isEqualTo(before);
        assertThat(badges.existsByIssuerAndSlug(issuer, fields.get("slug"))).isFalse();
    }

    @Test
    void thePreviewShowsAChosenUploadBeforeAnythingIsStored() throws Exception {
        long imagesBefore = images.count();
        mvc.perform(BadgeForms.post("/manage/" + issuer.getSlug() + "/badges/preview", owner,
                        BadgeForms.with("imageUrl", ""), BadgeForms.image("p.png", "image/png", TestImages.png(8, 8))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("src=\"data:image/png;base64,")));
        assertThat(images.count()).isEqualTo(imagesBefore);
    }

    @Test
    void thePreviewIgnoresBadValuesInsteadOfFailing() throws Exception {
        Map<String, String> fields = BadgeForms.valid();
        fields.put("backgroundColor", "red;}");
        fields.put("limit", "many");
        fields.put("imageUrl", "javascript:alert(1)");
        mvc.perform(BadgeForms.post("/manage/" + issuer.getSlug() + "/badges/preview", owner, fields))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("background-color"))))
                .andExpect(content().string(not(containsString("javascript:"))));
    }

    @Test
    void anotherRowOfCriteriaComesWithTheNextButton() throws Exception {
        mvc.perform(get("/manage/" + issuer.getSlug() + "/badges/criteria-row").param("index", "3")
                        .header("HX-Request", "true").with(user(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"criteria[3].description\"")))
                .andExpect(content().string(containsString("index=4")));
    }

    @Test
    void outsidersCannotOpenTheEditor() throws Exception {
        SignedInAccount stranger = data.principal(data.account("stranger"));
        mvc.perform(get(newPath).with(user(stranger))).andExpect(status().isForbidden());
        mvc.perform(BadgeForms.post(newPath, stranger, BadgeForms.valid())).andExpect(status().isForbidden());
    }
}
