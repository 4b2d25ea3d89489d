package org.badgeportal.apis.userbadges;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The read side of the UserBadges API as its clients see it: paths, parameters and answers, with their OpenAPI
 * documentation. {@link EmbedDataController} implements it.
 */
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "UserBadges", description = "The UserBadges-compatible API under /v1/{service} (service = issuer slug)")
interface UserBadgesReadApiDocs {

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
                                 @RequestParam(required = false) String sort);

    @GetMapping("/v1/{service}/badges.json")
    @Operation(summary = "List a service's badges with their award counts", description = "No key needed.")
    @ApiResponse(responseCode = "200", content = @Content(
            schema = @Schema(implementation = UserBadgesSchemas.BadgeList.class), examples = @ExampleObject(value = """
            {"badges": [{"count": 5, "description": "User donated to site", "latest": "2013-02-24T19:16:15.142Z",
              "name": "donated", "type": "gold"}]}""")))
    ResponseEntity<byte[]> badges(@PathVariable String service, @RequestParam(required = false) String sort);
}
