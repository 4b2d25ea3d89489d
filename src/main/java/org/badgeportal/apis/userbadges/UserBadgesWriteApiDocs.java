package org.badgeportal.apis.userbadges;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The write side of the UserBadges API as its clients see it: paths, bodies, answers and errors, with their
 * OpenAPI documentation. {@link UserBadgesController} implements it.
 */
@RequestMapping(path = "/v1/{service}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "UserBadges", description = "Badges and site users of a service (the issuer's slug). Writes need the "
        + "service's key as 'Authorization: <key>' or a signed request (?ts=&signature=); the service 'test' "
        + "accepts writes without a key.")
interface UserBadgesWriteApiDocs {

    String BADGE_LIST = """
            {"badges": [
              {"count": 5, "description": "User donated to site", "latest": "2013-02-24T19:16:15.142Z",
               "title": "donated", "image": null, "link": "https://badges.example/issuers/demo/badges/donated",
               "name": "donated", "type": "gold"},
              {"count": 4, "description": "This is a test badge", "latest": "2013-02-24T19:16:15.142Z",
               "title": "test", "image": null, "link": "https://badges.example/issuers/demo/badges/test",
               "name": "test", "myCustomField": 5}
            ]}""";
    String USER = """
            {"user": {"badges": ["commenter", "popular"], "name": "daniel"}}""";

    @PutMapping(path = "/badges.json", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add or change badges of a service",
            description = "Creates missing badges (the name is the badge's slug) and changes the given fields of "
                    + "existing ones. title, description, type and image are badge fields; other fields are custom "
                    + "fields returned as sent (null removes one). Answers the service's badges.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = UserBadgesSchemas.BadgeDefinitions.class),
                    examples = @ExampleObject(value = """
                            {"badges": [{"name": "test", "description": "This is a test badge",
                                         "link": "/badges/test", "myCustomField": 5}]}"""))),
            responses = {
                @ApiResponse(responseCode = "200", content = @Content(
                        schema = @Schema(implementation = UserBadgesSchemas.BadgeList.class),
                        examples = @ExampleObject(value = BADGE_LIST))),
                @ApiResponse(responseCode = "400", content = @Content(examples = @ExampleObject(value = """
                        {"error": "Badge name 'My Badge' is not a slug: use lowercase letters a-z, digits and \
                        single dashes between them (like 'top-commenter')", "code": "ValidationError"}"""))),
                @ApiResponse(responseCode = "401", content = @Content(examples = @ExampleObject(value = """
                        {"error": "This API key does not act for 'demo'", "code": "Unauthorized"}""")))})
    ObjectNode putBadges(@PathVariable String service, @RequestBody JsonNode body);

    @DeleteMapping(path = "/badges.json", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Delete badges of a service",
            description = "Deletes the badges and every award of them, for services whose awards are accepted "
                    + "automatically (409 for services whose recipients accept awards). Unknown names: 400, "
                    + "nothing deleted. Answers the remaining badges.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = UserBadgesSchemas.BadgeNames.class),
                    examples = @ExampleObject(value = "{\"badges\": [\"test\"]}"))),
            responses = {
                @ApiResponse(responseCode = "200", content = @Content(
                        schema = @Schema(implementation = UserBadgesSchemas.BadgeList.class),
                        examples = @ExampleObject(value = """
                        {"badges": [{"count": 5, "description": "User donated to site",
                          "latest": "2013-02-24T19:16:15.142Z", "title": "donated", "image": null,
                          "link": "https://badges.example/issuers/demo/badges/donated", "name": "donated",
                          "type": "gold"}]}"""))),
                @ApiResponse(responseCode = "400", content = @Content(examples = @ExampleObject(value = """
                        {"error": "Unknown badges of this service: tset (create them with PUT \
                        /v1/{service}/badges.json)", "code": "UnknownBadge", "details": ["tset"]}"""))),
                @ApiResponse(responseCode = "409", content = @Content(examples = @ExampleObject(value = """
                        {"error": "This service's awards need the recipient's acceptance, so its badges and awards \
                        are kept: archive badges on the dashboard instead", "code": "ResourceConflict"}""")))})
    ObjectNode deleteBadges(@PathVariable String service, @RequestBody JsonNode body);

    @PutMapping(path = "/users/{name}.json", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Award badges to a site user",
            description = "Awards each named badge once more (a name twice awards it twice). The service's "
                    + "acceptance policy, unique badges and limits apply; if one award is refused nothing is "
                    + "awarded. Answers the badges the user holds (accepted or awaiting acceptance).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = UserBadgesSchemas.BadgeNames.class),
                    examples = @ExampleObject(value = "{\"badges\": [\"commenter\", \"popular\"]}"))),
            responses = {
                @ApiResponse(responseCode = "200", content = @Content(
                        schema = @Schema(implementation = UserBadgesController.UserReply.class),
                        examples = @ExampleObject(value = USER))),
                @ApiResponse(responseCode = "400", content = @Content(examples = @ExampleObject(value = """
                        {"error": "Unknown badges of this service: popluar (create them with PUT \
                        /v1/{service}/badges.json)", "code": "UnknownBadge", "details": ["popluar"]}"""))),
                @ApiResponse(responseCode = "409", content = @Content(examples = @ExampleObject(value = """
                        {"error": "'commenter': This recipient already has this badge, and it can be awarded only \
                        once per person. Nothing was awarded.", "code": "DUPLICATE_UNIQUE"}""")))})
    UserBadgesController.UserReply award(@PathVariable String service, @PathVariable String name,
                                         @RequestBody JsonNode body);

    @DeleteMapping(path = "/users/{name}.json", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Remove badges from a site user",
            description = "Revokes the user's awards of the named badges (reason: 'Removed through the UserBadges "
                    + "API'); they stay visible to the issuer on the dashboard. Answers the badges the user still "
                    + "holds.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = UserBadgesSchemas.BadgeNames.class),
                    examples = @ExampleObject(value = "{\"badges\": [\"commenter\"]}"))),
            responses = {
                @ApiResponse(responseCode = "200", content = @Content(
                        schema = @Schema(implementation = UserBadgesController.UserReply.class),
                        examples = @ExampleObject(value = """
                        {"user": {"badges": ["popular"], "name": "daniel"}}"""))),
                @ApiResponse(responseCode = "401", content = @Content(examples = @ExampleObject(value = """
                        {"error": "Invalid signature", "code": "Unauthorized"}""")))})
    UserBadgesController.UserReply remove(@PathVariable String service, @PathVariable String name,
                                          @RequestBody JsonNode body);
}
