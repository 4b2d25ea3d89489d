package org.badgeportal.apis.lite;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/**
 * The lite badges API as its clients see it: paths, parameters (a JSON body, or the same names as query
 * parameters, see {@link LiteQuery}) and answers, with their OpenAPI documentation; the errors every call can
 * answer are added to the document for all APIs alike. {@link LiteController} implements it.
 */
@RequestMapping(path = "/api/lite", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Lite", description = "A small badges API: badges by name per user in a collection (the issuer's "
        + "slug). Needs a key of that issuer (X-Api-Key or Authorization: Bearer). Parameters as a JSON body or as "
        + "query parameters.")
interface LiteApiDocs {

    String STATUS = "{\"status\": true}";
    String PARAMETERS = """
            {"collection": "my_collection1", "name": "profile/1", "user": "1"}""";

    @PostMapping("/badge")
    @LiteQuery({"collection", "name", "user", "payload"})
    @Operation(summary = "Award a badge",
            description = "Awards the badge 'name' to 'user' in 'collection'; the first award of a name creates "
                    + "its badge. 'payload' (any JSON) is kept on the award.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content = @Content(
                    schema = @Schema(implementation = LiteJson.Parameters.class),
                    examples = @ExampleObject(value = """
                            {"collection": "my_collection1", "name": "profile/1", "user": "1",
                             "payload": {"foo": "bar"}}"""))),
            responses = @ApiResponse(responseCode = "200", content = @Content(
                    schema = @Schema(implementation = LiteJson.Done.class), examples = @ExampleObject(value = STATUS))))
    LiteJson.Done award(@RequestBody(required = false) JsonNode body,
                                @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query);

    @GetMapping("/badges")
    @LiteQuery({"collection", "user", "name"})
    @Operation(summary = "List a user's badges",
            description = "The user's awards in the collection, oldest first; only those of badge 'name' when "
                    + "given. created_at is UTC.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content = @Content(
                    schema = @Schema(implementation = LiteJson.Parameters.class),
                    examples = @ExampleObject(value = PARAMETERS))),
            responses = @ApiResponse(responseCode = "200", content = @Content(
                    schema = @Schema(implementation = LiteJson.BadgesAnswer.class),
                    examples = @ExampleObject(value = """
                    {"status": true, "content": {"badges": [{"name": "profile/1", "user": "1",
                      "payload": {"foo": "bar"}, "created_at": "2020-06-20 08:43:16"}]}}"""))))
    LiteJson.BadgesAnswer badges(
            @RequestBody(required = false) JsonNode body,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query);

    @DeleteMapping("/badges")
    @LiteQuery({"collection", "user", "name"})
    @Operation(summary = "Remove a user's badges",
            description = "Revokes the user's awards of badge 'name', or of every badge when no name is given.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content = @Content(
                    schema = @Schema(implementation = LiteJson.Parameters.class),
                    examples = @ExampleObject(value = PARAMETERS))),
            responses = @ApiResponse(responseCode = "200", content = @Content(
                    schema = @Schema(implementation = LiteJson.Done.class), examples = @ExampleObject(value = STATUS))))
    LiteJson.Done remove(@RequestBody(required = false) JsonNode body,
                                 @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query);

    @GetMapping("/counters")
    @LiteQuery({"collection", "user", "names"})
    @Operation(summary = "Count a user's badges",
            description = "How many awards of each named badge the user has; '_all' counts every badge. 'names' "
                    + "is an array or a comma-separated list.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content = @Content(
                    schema = @Schema(implementation = LiteJson.Parameters.class),
                    examples = @ExampleObject(value = """
                            {"collection": "my_collection1", "names": ["profile/1", "profile/2", "_all"],
                             "user": "1"}"""))),
            responses = @ApiResponse(responseCode = "200", content = @Content(
                    schema = @Schema(implementation = LiteJson.CountersAnswer.class),
                    examples = @ExampleObject(value = """
                    {"status": true, "content": {"counters": {"profile/1": 1, "profile/2": 2, "_all": 3}}}"""))))
    LiteJson.CountersAnswer counters(
            @RequestBody(required = false) JsonNode body,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query);
}
