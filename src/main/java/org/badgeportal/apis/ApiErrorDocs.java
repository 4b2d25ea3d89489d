package org.badgeportal.apis;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Lists, on every operation of the OpenAPI document, the errors every API call can answer besides its own: 401
 * without a valid credential (public reads too, when they are sent another issuer's key), 403 for a credential
 * that may not do it, 404 for an address naming something that does not exist, 413 and 415 for bodies too large
 * or of another type, 304 for the UserBadges reads' ETags, 429 over the rate limit, and 400 for bad parameters or
 * bodies, each in the error body of the operation's API ({@link ApiStyle}) with an example. Errors an operation
 * documents itself with an example get the shape of that body as their schema. The contract tests hold every
 * answer against this.
 */
@Component
class ApiErrorDocs implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> ApiStyle.ofPath(path).ifPresent(style ->
                item.readOperationsMap().forEach((method, operation) -> addErrors(style, path, method, operation))));
    }

    private void addErrors(ApiStyle style, String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean publicRead = method == PathItem.HttpMethod.GET
                && (style == ApiStyle.USERBADGES || path.startsWith("/api/v1/users"));
        add(responses, style, ApiError.unauthorized(publicRead
                ? "This API key does not act for 'demo'"
                : "An API key is required: send it as X-Api-Key, as Authorization: Bearer <key>, or sign the request"));
        if (!publicRead) {
            add(responses, style, ApiError.forbidden("You are not allowed to do this."));
        }
        if (path.contains("{")) {
            add(responses, style, ApiError.notFound("Could not find the resource of this address"));
        }
        if (operation.getRequestBody() != null) {
            add(responses, style, PayloadTooLargeException.ERROR);
            add(responses, style, ApiError.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UnsupportedMediaType",
                    "Send the body as one of the content types this operation documents"));
        }
        if (method == PathItem.HttpMethod.GET && style == ApiStyle.USERBADGES) {
            responses.computeIfAbsent("304", status -> new ApiResponse()
                    .description("Not modified: the answer for the sent If-None-Match ETag is the same, no body"));
        }
        add(responses, style, ApiError.of(HttpStatus.TOO_MANY_REQUESTS, "TooManyRequests",
                "Too many calls: try again in 12 seconds"));
        add(responses, style, ApiError.validation(List.of(new ApiError.FieldProblem("user", "user is required",
                null))));
        responses.forEach((status, response) -> describeErrorBody(style, status, response));
    }

    /** An error the operation documents with an example only gets the shape of its API's error body. */
    private static void describeErrorBody(ApiStyle style, String status, ApiResponse response) {
        if (!status.matches("[45]\\d\\d") || response.getContent() == null) {
            return;
        }
        Schema<?> shape = schemaOf(style.body(new ApiError(HttpStatus.valueOf(Integer.parseInt(status)), "Code",
                "What went wrong", List.of())));
        response.getContent().values().stream().filter(media -> media.getSchema() == null)
                .forEach(media -> media.setSchema(shape));
    }

    private void add(ApiResponses responses, ApiStyle style, ApiError error) {
        String status = String.valueOf(error.status().value());
        if (responses.containsKey(status)) {
            return;
        }
        Map<String, Object> body = style.body(error);
        responses.addApiResponse(status, new ApiResponse()
                .description(error.status().getReasonPhrase())
                .content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                        new MediaType().schema(schemaOf(body)).example(body))));
    }

    /** The shape of an error body: its fields, with nested objects described the same way. */
    @SuppressWarnings("unchecked")
    private static Schema<?> schemaOf(Map<String, Object> body) {
        ObjectSchema schema = new ObjectSchema();
        body.forEach((name, value) -> schema.addProperty(name, value instanceof Map nested
                ? schemaOf((Map<String, Object>) nested)
                : name.equals("details") ? new Schema<>().description("More about the error: the fields that "
                        + "did not validate ({field, message, value} each), or the resource already there")
                : value instanceof Boolean ? new BooleanSchema() : new StringSchema()));
        return schema;
    }
}
