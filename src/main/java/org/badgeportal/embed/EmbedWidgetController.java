package org.badgeportal.embed;

import java.util.List;
import org.badgeportal.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The embed without JavaScript: an SVG image of a user's badges and an HTML widget meant for an iframe (the only
 * page of the portal other sites may frame; see EmbedSecurityConfig). An unknown user shows no badges.
 */
@Controller
class EmbedWidgetController {

    private final EmbedService embed;
    private final Themes themes;
    private final MessageSource messages;
    private final EmbedMetrics metrics;

    EmbedWidgetController(EmbedService embed, Themes themes, MessageSource messages, EmbedMetrics metrics) {
        this.embed = embed;
        this.themes = themes;
        this.messages = messages;
        this.metrics = metrics;
    }

    @GetMapping("/embed/{service}/{user}.svg")
    ResponseEntity<String> image(@PathVariable String service, @PathVariable String user,
                                 @RequestParam(required = false) String theme) {
        String chosen = themes.require(theme);
        metrics.hit(EmbedMetrics.Kind.IMAGE);
        List<ShownBadge> badges = embed.shown(service, user, EmbedSort.NAME);
        String label = messages.getMessage("embed.image.label", new Object[] {user, badges.size()},
                LocaleContextHolder.getLocale());
        return ResponseEntity.ok().cacheControl(EmbedAnswers.BROWSER_CACHE)
                .contentType(MediaType.valueOf("image/svg+xml"))
                .body(BadgeSvg.render(badges, themes.palette(chosen), label));
    }

    @GetMapping("/embed/{service}/{user}")
    String widget(@PathVariable String service, @PathVariable String user,
                  @RequestParam(required = false) String theme, Model model) {
        model.addAttribute("theme", themes.require(theme));
        metrics.hit(EmbedMetrics.Kind.IFRAME);
        model.addAttribute("service", service);
        model.addAttribute("user", user);
        model.addAttribute("badges", embed.shown(service, user, EmbedSort.NAME));
        return "embed/widget";
    }

    @ExceptionHandler(Themes.UnknownThemeException.class)
    ResponseEntity<String> unknownTheme() {
        return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body("Unknown theme");
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> unknownService() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("Unknown service");
    }
}
