package org.badgeportal.apis.userbadges;

import org.badgeportal.embed.EmbedAnswers;
import org.badgeportal.embed.EmbedJson;
import org.badgeportal.embed.EmbedMetrics;
import org.badgeportal.embed.EmbedService;
import org.badgeportal.embed.EmbedSort;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.badgeportal.apis.ApiCallers;
import org.badgeportal.apikeys.IssuerCredential;
import org.badgeportal.system.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read side of the UserBadges API: anyone may read from any site (no
 * credentials), but a caller who presents an issuer's key must present the key of that service (401 otherwise:
 * a wrong key is refused, never silently ignored). Answers carry an ETag (see {@link EmbedConfig}) and may be
 * cached for a minute.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@CrossOrigin(origins = "*", methods = RequestMethod.GET, allowCredentials = "false", maxAge = 3600)
@Tag(name = "UserBadges", description = "The UserBadges-compatible API under /v1/{service} (service = issuer slug)")
public class EmbedDataController {

    private static final CacheControl CACHE = EmbedAnswers.BROWSER_CACHE;

    private final EmbedService embed;
    private final EmbedAnswers answers;
    private final EmbedMetrics metrics;

    EmbedDataController(EmbedService embed, EmbedAnswers answers, EmbedMetrics metrics) {
        this.embed = embed;
        this.answers = answers;
        this.metrics = metrics;
    }

    @GetMapping("/v1/{service}/users.json")
    @Operation(summary = "List a service's users and their badges", description = "No key needed; names is a"
            + " comma-separated list, sort one of name, -name, count, -count, date, -date. Without names, the first"
            + " 1000 users in the sort's order.")
    @ApiResponse(responseCode = "200", content = @Content(
            schema = @Schema(implementation = UserBadgesSchemas.Users.class), examples = @ExampleObject(value = """
            {"badges": {"donated": {"count": 5, "description": "User donated to site",
              "latest": "2013-02-24T19:16:15.142Z", "title": "donated", "image": null,
              "link": "https://badges.example/issuers/demo/badges/donated", "type": "gold"}},
             "users": [{"badges": [{"count": 5, "latest": "2013-02-24T19:16:15.142Z", "name": "donated"}],
               "latest": "2013-02-24T19:16:15.142Z", "name": "daniel"}]}""")))
    ResponseEntity<byte[]> users(@PathVariable String service, @RequestParam(required = false) String names,
                                 @RequestParam(required = false) String sort) {
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

    @GetMapping("/v1/{service}/badges.json")
    @Operation(summary = "List a service's badges with their award counts", description = "No key needed.")
    @ApiResponse(responseCode = "200", content = @Content(
            schema = @Schema(implementation = UserBadgesSchemas.BadgeList.class), examples = @ExampleObject(value = """
            {"badges": [{"count": 5, "description": "User donated to site", "latest": "2013-02-24T19:16:15.142Z",
              "name": "donated", "type": "gold"}]}""")))
    ResponseEntity<byte[]> badges(@PathVariable String service, @RequestParam(required = false) String sort) {
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
