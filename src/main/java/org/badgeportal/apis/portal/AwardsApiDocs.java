package org.badgeportal.apis.portal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.badgeportal.awards.AwardStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The award endpoints of the portal API as its clients see them: paths, parameters, bodies and the OpenAPI
 * documentation with examples. {@link AwardsApiController} implements it.
 */
@RequestMapping("/api/v1")
@Tag(name = "Awards", description = "Award badges, read and revoke awards (issuer key); accept or decline them "
        + "(the recipient's personal token)")
interface AwardsApiDocs {

    String AWARD = """
            {"id":"3f1c2a9e-5b7d-4e21-9a0c-1d2e3f4a5b6c","badge":"first-commit","issuer":"demo",
             "recipient":"ann@example.org","status":"PENDING","expired":false,
             "issuedAt":"2026-11-23T10:00:00Z","expiresAt":"2027-02-01T00:00:00Z","narrative":"Merged her first patch",
             "evidence":["https://example.org/pr/1"],"payload":{"points":10},
             "url":"https://badges.example.org/awards/3f1c2a9e-5b7d-4e21-9a0c-1d2e3f4a5b6c"}""";

    @PostMapping(path = "/badges/{slug}/awards", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Award a badge to one or many recipients (up to 10,000 in one call)",
            description = "Send one recipient, or `recipients` with many. One result per recipient, in order. "
                    + "An `Idempotency-Key` header (up to 255 characters) makes a retry of the same call return "
                    + "the first answer and award nothing again; the key with another body is refused with 409. "
                    + "Keys are forgotten after 24 hours.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "one", value = """
                            {"recipient":"ann@example.org","narrative":"Merged her first patch",
                             "evidence":["https://example.org/pr/1"],"expiresAt":"2027-01-31","payload":{"points":10}}"""),
                    @ExampleObject(name = "many", value = """
                            {"recipients":[{"recipient":"ann@example.org"},{"recipient":"bob","payload":{"level":2}},
                             {"recipient":"not@an@address"}]}""")})),
            responses = {
                    @ApiResponse(responseCode = "201", description = "At least one award was made",
                            content = @Content(schema = @Schema(implementation = ApiAwardBodies.AwardsResponse.class),
                                    examples = @ExampleObject(value = """
                                    {"results":[{"recipient":"ann@example.org","outcome":"NEW",
                                      "award":{"id":"3f1c2a9e-5b7d-4e21-9a0c-1d2e3f4a5b6c","status":"PENDING",
                                      "url":"https://badges.example.org/awards/3f1c2a9e-5b7d-4e21-9a0c-1d2e3f4a5b6c"}},
                                     {"recipient":"not@an@address","outcome":"INVALID_EMAIL",
                                      "message":"Not a valid email address"}],"awarded":1}"""))),
                    @ApiResponse(responseCode = "200", description = "Nothing new was awarded",
                            content = @Content(schema = @Schema(implementation = ApiAwardBodies.AwardsResponse.class),
                                    examples = @ExampleObject(value = """
                                    {"results":[{"recipient":"ann@example.org","outcome":"DUPLICATE_UNIQUE",
                                      "message":"Already has this badge"}],"awarded":0}"""))),
                    @ApiResponse(responseCode = "400", description = "Neither or both forms, or too many recipients",
                            content = @Content(examples = @ExampleObject(value = """
                                    {"code":"ValidationError","message":"Could not validate required fields",
                                     "details":[{"field":"recipients","message":"At most 10000 recipients per call",
                                     "value":10001}]}"""))),
                    @ApiResponse(responseCode = "409", description = "Idempotency-Key reused with another body",
                            content = @Content(examples = @ExampleObject(value = """
                                    {"code":"ResourceConflict",
                                     "error":"This Idempotency-Key was already used with a different request body"}""")))})
    ResponseEntity<byte[]> award(@PathVariable("slug") String slug,
                                 @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                 @RequestBody ApiAwardBodies.AwardsRequest request);

    @GetMapping(path = "/awards", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List the issuer's awards, newest first",
            description = "Filters: `status` (PENDING, ACCEPTED, DECLINED, REVOKED), `badge` (slug), `recipient` "
                    + "(email or user name). `page` from 0, `size` 1 to 100 (default 20).",
            responses = @ApiResponse(responseCode = "200", content = @Content(
                    schema = @Schema(implementation = ApiAwardBodies.AwardPage.class),
                    examples = @ExampleObject(
                    value = "{\"awards\":[" + AWARD + "],\"page\":0,\"size\":20,\"total\":1}"))))
    ApiAwardBodies.AwardPage list(@RequestParam(name = "status", required = false) AwardStatus status,
                                  @RequestParam(name = "badge", required = false) String badge,
                                  @RequestParam(name = "recipient", required = false) String recipient,
                                  @RequestParam(name = "page", defaultValue = "0") int page,
                                  @RequestParam(name = "size", defaultValue = "20") int size);

    @GetMapping(path = "/awards/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Get one award (its issuer's key, or the recipient's personal token)",
            responses = {
                    @ApiResponse(responseCode = "200", content = @Content(
                            schema = @Schema(implementation = ApiAwardBodies.AwardView.class),
                            examples = @ExampleObject(value = AWARD))),
                    @ApiResponse(responseCode = "404", content = @Content(examples = @ExampleObject(value = """
                            {"code":"ResourceNotFound","message":"No such award"}""")))})
    ApiAwardBodies.AwardView get(@PathVariable("id") String id);

    @PostMapping(path = "/awards/{id}/revoke", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Revoke an award for good, with a reason (issuer key)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = "{\"reason\":\"Awarded by mistake\"}"))),
            responses = {
                    @ApiResponse(responseCode = "200", content = @Content(
                            schema = @Schema(implementation = ApiAwardBodies.TransitionView.class),
                            examples = @ExampleObject(value = """
                            {"id":"3f1c2a9e-5b7d-4e21-9a0c-1d2e3f4a5b6c","previousStatus":"ACCEPTED",
                             "status":"REVOKED"}"""))),
                    @ApiResponse(responseCode = "409", content = @Content(examples = @ExampleObject(value = """
                            {"code":"ResourceConflict","error":"This award was revoked and cannot change any more.",
                             "details":{"reason":"REVOKED"}}""")))})
    ApiAwardBodies.TransitionView revoke(@PathVariable("id") String id,
                                         @RequestBody ApiAwardBodies.RevokeRequest request);

    @PostMapping(path = "/awards/{id}/accept", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Accept an award you received (personal token of the linked, verified account)",
            responses = {
                    @ApiResponse(responseCode = "200", content = @Content(
                            schema = @Schema(implementation = ApiAwardBodies.TransitionView.class),
                            examples = @ExampleObject(value = """
                            {"id":"3f1c2a9e-5b7d-4e21-9a0c-1d2e3f4a5b6c","previousStatus":"PENDING",
                             "status":"ACCEPTED"}"""))),
                    @ApiResponse(responseCode = "409", content = @Content(examples = @ExampleObject(value = """
                            {"code":"ResourceConflict","error":"This award was revoked and cannot change any more.",
                             "details":{"reason":"REVOKED"}}""")))})
    ApiAwardBodies.TransitionView accept(@PathVariable("id") String id);

    @PostMapping(path = "/awards/{id}/decline", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decline (hide) an award you received (personal token of the linked, verified account)",
            responses = {
                    @ApiResponse(responseCode = "200", content = @Content(
                            schema = @Schema(implementation = ApiAwardBodies.TransitionView.class),
                            examples = @ExampleObject(value = """
                            {"id":"3f1c2a9e-5b7d-4e21-9a0c-1d2e3f4a5b6c","previousStatus":"PENDING",
                             "status":"DECLINED"}"""))),
                    @ApiResponse(responseCode = "404", content = @Content(examples = @ExampleObject(value = """
                            {"code":"ResourceNotFound","message":"No such award"}""")))})
    ApiAwardBodies.TransitionView decline(@PathVariable("id") String id);
}
