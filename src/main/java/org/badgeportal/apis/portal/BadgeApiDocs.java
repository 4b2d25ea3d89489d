package org.badgeportal.apis.portal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/**
 * The badge endpoints of the portal API as its clients see them: paths, parameters, bodies and the OpenAPI
 * documentation with examples. {@link BadgeApiController} implements them.
 */
@RequestMapping("/api/v1/badges")
@Tag(name = "Badges", description = "Badge templates of the calling issuer (needs an issuer API key)")
interface BadgeApiDocs {

    String JSON = MediaType.APPLICATION_JSON_VALUE;
    String FORM = MediaType.APPLICATION_FORM_URLENCODED_VALUE;
    String MULTIPART = MediaType.MULTIPART_FORM_DATA_VALUE;

    @GetMapping(produces = JSON)
    @Operation(summary = "List the issuer's badges", description = "Filtered by archived status (default: only"
            + " unarchived badges) and program slug.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BadgeAnswers.Listed.class),
            examples = @ExampleObject(value = BadgeApiExamples.LIST)))
    @ApiResponse(responseCode = "400", description = "archived is not true, false or any",
            content = @Content(examples = @ExampleObject(value = BadgeApiExamples.VALIDATION_ERROR)))
    BadgeAnswers.Listed list(
            @Parameter(description = "true, false (default) or any") @RequestParam(defaultValue = "false")
            String archived,
            @Parameter(description = "only badges of this program") @RequestParam(required = false) String program);

    @GetMapping(path = "/{slug}", produces = JSON)
    @Operation(summary = "Get one badge by its slug")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BadgeAnswers.One.class),
            examples = @ExampleObject(value = BadgeApiExamples.ONE)))
    @ApiResponse(responseCode = "404", content = @Content(examples = @ExampleObject(
            value = BadgeApiExamples.NOT_FOUND)))
    BadgeAnswers.One get(@PathVariable String slug);

    @PostMapping(consumes = JSON, produces = JSON)
    @Operation(summary = "Create a badge", description = "JSON (BadgeKit's fields, or badges.ninja's"
            + " {\"parameters\": {...}}), form fields, or multipart with the image file as part `image`. The image"
            + " may also be an http(s) address (`imageUrl`) or a base64 data URI.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = JSON,
            schema = @Schema(implementation = BadgeFields.class), examples = {
            @ExampleObject(name = "BadgeKit", value = BadgeApiExamples.CREATE_REQUEST),
            @ExampleObject(name = "badges.ninja", value = BadgeApiExamples.NINJA_CREATE_REQUEST)}))
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = BadgeAnswers.Changed.class),
            examples = @ExampleObject(value = BadgeApiExamples.CREATED)))
    @ApiResponse(responseCode = "400", content = @Content(examples = @ExampleObject(
            value = BadgeApiExamples.VALIDATION_ERROR)))
    @ApiResponse(responseCode = "409", content = @Content(examples = @ExampleObject(
            value = BadgeApiExamples.CONFLICT)))
    ResponseEntity<BadgeAnswers.Changed> createFromJson(@RequestBody JsonNode body);

    @PostMapping(consumes = {FORM, MULTIPART}, produces = JSON)
    @Operation(summary = "Create a badge")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = FORM, examples =
            @ExampleObject(value = "slug=reading-badge&name=Reading%20Badge&earnerDescription=Read%20ten%20books"
                    + "&consumerDescription=Read%20ten%20books&type=skill"
                    + "&imageUrl=https%3A%2F%2Fschool.example%2Freading.png")))
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = BadgeAnswers.Changed.class),
            examples = @ExampleObject(value = BadgeApiExamples.CREATED)))
    ResponseEntity<BadgeAnswers.Changed> createFromForm(HttpServletRequest request);

    @PutMapping(path = "/{slug}", consumes = JSON, produces = JSON)
    @Operation(summary = "Update a badge", description = "Only the given fields change. Same inputs as create.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = JSON,
            schema = @Schema(implementation = BadgeFields.class), examples =
            @ExampleObject(value = BadgeApiExamples.UPDATE_REQUEST)))
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BadgeAnswers.Changed.class),
            examples = @ExampleObject(value = BadgeApiExamples.UPDATED)))
    @ApiResponse(responseCode = "404", content = @Content(examples = @ExampleObject(
            value = BadgeApiExamples.NOT_FOUND)))
    @ApiResponse(responseCode = "409", content = @Content(examples = @ExampleObject(
            value = BadgeApiExamples.CONFLICT)))
    BadgeAnswers.Changed updateFromJson(@PathVariable String slug, @RequestBody JsonNode body);

    @PutMapping(path = "/{slug}", consumes = {FORM, MULTIPART}, produces = JSON)
    @Operation(summary = "Update a badge")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = FORM, examples =
            @ExampleObject(value = "strapline=Read%20twelve%20books.")))
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BadgeAnswers.Changed.class),
            examples = @ExampleObject(value = BadgeApiExamples.UPDATED)))
    BadgeAnswers.Changed updateFromForm(@PathVariable String slug, HttpServletRequest request);

    @DeleteMapping(path = "/{slug}", produces = JSON)
    @Operation(summary = "Delete a badge", description = "Refused while the badge has awards: archive it instead.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BadgeAnswers.Changed.class),
            examples = @ExampleObject(value = BadgeApiExamples.DELETED)))
    @ApiResponse(responseCode = "409", content = @Content(examples = @ExampleObject(
            value = BadgeApiExamples.HAS_AWARDS)))
    BadgeAnswers.Changed delete(@PathVariable String slug);

    @PutMapping(path = "/{slug}/share-text", consumes = JSON, produces = JSON)
    @Operation(summary = "Set the share text", description = "The text recipients post when they share the badge:"
            + " plain text (no < or >), at most 500 characters; empty clears it. Also accepts"
            + " {\"parameters\": {\"text\": ...}}.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = JSON,
            schema = @Schema(implementation = BadgeAnswers.ShareTextRequest.class), examples =
            @ExampleObject(value = BadgeApiExamples.SHARE_TEXT_REQUEST)))
    @ApiResponse(responseCode = "200", content = @Content(
            schema = @Schema(implementation = BadgeAnswers.ShareText.class),
            examples = @ExampleObject(value = BadgeApiExamples.SHARE_TEXT_RESPONSE)))
    @ApiResponse(responseCode = "400", content = @Content(examples = @ExampleObject(
            value = BadgeApiExamples.VALIDATION_ERROR)))
    BadgeAnswers.ShareText shareText(@PathVariable String slug, @RequestBody JsonNode body);
}
