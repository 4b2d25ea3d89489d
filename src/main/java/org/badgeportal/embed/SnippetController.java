package org.badgeportal.embed;

import java.time.Clock;
import java.util.List;
import org.badgeportal.accounts.SignedInAccount;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.IssuerService;
import org.badgeportal.system.PortalProperties;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Snippet builders: an issuer's members choose one of its site users, earners one of their own site-user
 * identities; both choose a theme, see the live preview (the iframe widget) and copy the snippet. Changing a
 * choice refreshes the preview through htmx; without JavaScript the form's button does the same.
 */
@Controller
class SnippetController {

    private static final String PAGE = "embed/builder";
    private static final int MAX_USERS = 500;

    private final EmbedQueries queries;
    private final IssuerService issuers;
    private final Themes themes;
    private final PortalProperties properties;
    private final Clock clock;

    SnippetController(EmbedQueries queries, IssuerService issuers, Themes themes, PortalProperties properties,
                      Clock clock) {
        this.queries = queries;
        this.issuers = issuers;
        this.themes = themes;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/manage/{issuer}/embed")
    @Transactional(readOnly = true)
    String issuer(@PathVariable("issuer") String slug, @RequestParam(required = false) String choice,
                  @RequestParam(required = false) String theme,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Issuer issuer = issuers.requireBySlug(slug);
        List<SnippetChoice> choices = queries.siteUsers(issuer.getId(), clock.instant(), MAX_USERS).stream()
                .map(user -> new SnippetChoice(issuer.getSlug(), issuer.getName(), user)).toList();
        model.addAttribute("issuer", issuer);
        return page(choices, choice, theme, htmx, model, "/manage/" + issuer.getSlug() + "/embed");
    }

    @GetMapping("/me/embed")
    @Transactional(readOnly = true)
    String earner(@AuthenticationPrincipal SignedInAccount account, @RequestParam(required = false) String choice,
                  @RequestParam(required = false) String theme,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        List<SnippetChoice> choices = queries.linkedSiteUsers(account.accountId()).stream()
                .map(row -> new SnippetChoice((String) row[0], (String) row[1], (String) row[2])).toList();
        return page(choices, choice, theme, htmx, model, "/me/embed");
    }

    private String page(List<SnippetChoice> choices, String choice, String theme, String htmx, Model model,
                        String action) {
        SnippetChoice chosen = choices.stream().filter(c -> c.value().equals(choice)).findFirst()
                .orElse(choices.isEmpty() ? null : choices.get(0));
        String chosenTheme = theme != null && themes.names().contains(theme) ? theme : Themes.DEFAULT;
        model.addAttribute("choices", choices);
        model.addAttribute("chosen", chosen);
        model.addAttribute("theme", chosenTheme);
        model.addAttribute("themes", themes.names());
        model.addAttribute("action", action);
        if (chosen != null) {
            model.addAttribute("snippet", snippet(chosen, chosenTheme));
            model.addAttribute("imageSnippet", "![badges](" + imageUrl(chosen, chosenTheme) + ")");
            model.addAttribute("frameSnippet", "<iframe src=\"" + widgetPath(chosen, chosenTheme, true)
                    + "\" title=\"badges\" width=\"400\" height=\"60\" style=\"border:0\"></iframe>");
            model.addAttribute("widgetPath", widgetPath(chosen, chosenTheme, false));
            model.addAttribute("imagePath", "/embed/" + chosen.service() + "/" + chosen.user() + ".svg?theme="
                    + chosenTheme);
        }
        return htmx != null ? PAGE + " :: preview" : PAGE;
    }

    private String snippet(SnippetChoice choice, String theme) {
        return "<script src=\"" + properties.link("/embed.js") + "\" async></script>\n"
                + "<span class=\"userbadges\" data-service=\"" + BadgeSvg.escape(choice.service()) + "\" data-user=\""
                + BadgeSvg.escape(choice.user()) + "\" data-theme=\"" + theme + "\"></span>";
    }

    private String imageUrl(SnippetChoice choice, String theme) {
        return properties.link("/embed/" + encode(choice.service()) + "/" + encode(choice.user()) + ".svg?theme="
                + theme);
    }

    private String widgetPath(SnippetChoice choice, String theme, boolean absolute) {
        String path = "/embed/" + encode(choice.service()) + "/" + encode(choice.user()) + "?theme=" + theme;
        return absolute ? BadgeSvg.escape(properties.link(path)) : path;
    }

    private static String encode(String segment) {
        return org.springframework.web.util.UriUtils.encodePathSegment(segment, "UTF-8");
    }
}
