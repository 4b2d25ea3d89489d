package org.badgeportal.apis.userbadges;

import java.util.Arrays;
import java.util.List;
import org.badgeportal.apikeys.IssuerCredential;
import org.badgeportal.apis.ApiCallers;
import org.badgeportal.embed.EmbedAnswers;
import org.badgeportal.embed.EmbedJson;
import org.badgeportal.embed.EmbedMetrics;
import org.badgeportal.embed.EmbedService;
import org.badgeportal.embed.EmbedSort;
import org.badgeportal.system.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read side of the UserBadges API: anyone may read from any site (no
 * credentials), but a caller who presents an issuer's key must present the key of that service (401 otherwise:
 * a wrong key is refused, never silently ignored). Answers carry an ETag (see {@link EmbedConfig}) and may be
 * cached for a minute.
 */
@RestController
@CrossOrigin(origins = "*", methods = RequestMethod.GET, allowCredentials = "false", maxAge = 3600)
public class EmbedDataController implements UserBadgesReadApiDocs {

    private static final CacheControl CACHE = EmbedAnswers.BROWSER_CACHE;

    private final EmbedService embed;
    private final EmbedAnswers answers;
    private final EmbedMetrics metrics;

    EmbedDataController(EmbedService embed, EmbedAnswers answers, EmbedMetrics metrics) {
        this.embed = embed;
        this.answers = answers;
        this.metrics = metrics;
    }

    @Override
    public ResponseEntity<byte[]> users(String service, String names, String sort) {
        refuseOtherServicesKey(service);
        metrics.hit(EmbedMetrics.Kind.USERS);
        EmbedSort order = EmbedSort.parse(sort);
        List<String> wanted = names == null ? null
                : Arrays.stream(names.split(",")).map(String::trim).filter(name -> !name.isEmpty()).toList();
        byte[] body = answers.get(String.join("\n", "users", service, String.valueOf(wanted), order.name()),
                () -> EmbedJson.users(wanted != null && wanted.isEmpty()
                        ? embed.users(service, List.of(""), order) : embed.users(service, wanted, order)));
        return ResponseEntity.ok().cacheControl(CACHE).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @Override
    public ResponseEntity<byte[]> badges(String service, String sort) {
        refuseOtherServicesKey(service);
        metrics.hit(EmbedMetrics.Kind.BADGES);
        EmbedSort order = EmbedSort.parse(sort);
        byte[] body = answers.get(String.join("\n", "badges", service, order.name()),
                () -> EmbedJson.badges(embed.badges(service, order)));
        return ResponseEntity.ok().cacheControl(CACHE).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static void refuseOtherServicesKey(String service) {
        ApiCallers.current().filter(IssuerCredential.class::isInstance)
                .ifPresent(caller -> ApiCallers.requireIssuer((IssuerCredential) caller, service));
    }

    @ExceptionHandler(EmbedSort.InvalidSortException.class)
    ResponseEntity<ApiError> invalidSort() {
        return ResponseEntity.badRequest().body(new ApiError("invalid sort method; use one of name, -name, count, "
                + "-count, date, -date"));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> unknownService() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError("service not found"));
    }

    record ApiError(String error) {
    }
}
