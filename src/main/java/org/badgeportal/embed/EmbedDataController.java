package org.badgeportal.embed;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * The read side of the UserBadges API (003_a6c3d4a422ad3fc9.txt): anyone may read from any site (no
 * credentials), answers carry an ETag (see {@link EmbedConfig}) and may be cached for a minute.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@CrossOrigin(origins = "*", methods = RequestMethod.GET, allowCredentials = "false", maxAge = 3600)
class EmbedDataController {

    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private final EmbedService embed;

    EmbedDataController(EmbedService embed) {
        this.embed = embed;
    }

    @GetMapping("/v1/{service}/users.json")
    ResponseEntity<ObjectNode> users(@PathVariable String service, @RequestParam(required = false) String names,
                                     @RequestParam(required = false) String sort) {
        EmbedSort order = EmbedSort.parse(sort);
        List<String> wanted = names == null ? null
                : Arrays.stream(names.split(",")).map(String::trim).filter(name -> !name.isEmpty()).toList();
        ServiceUsers answer = wanted != null && wanted.isEmpty()
                ? embed.users(service, List.of(""), order) : embed.users(service, wanted, order);
        return ResponseEntity.ok().cacheControl(CACHE).body(EmbedJson.users(answer));
    }

    @GetMapping("/v1/{service}/badges.json")
    ResponseEntity<ObjectNode> badges(@PathVariable String service, @RequestParam(required = false) String sort) {
        return ResponseEntity.ok().cacheControl(CACHE).body(EmbedJson.badges(embed.badges(service, EmbedSort.parse(sort))));
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
