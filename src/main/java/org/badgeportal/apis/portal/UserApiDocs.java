package org.badgeportal.apis.portal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.badgeportal.profiles.UserSummaries;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The user endpoint of the portal API as its clients see it: path, answer and the OpenAPI documentation.
 * {@link UserApiController} implements it.
 */
@Tag(name = "Users", description = "What an account issued and received, and its collections")
interface UserApiDocs {

    @GetMapping(path = "/api/v1/users/{handle}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "An account's badges and collections",
            description = "Without the account's own personal token: only accepted, unexpired awards and public "
                    + "collections, and 404 for a private profile. With it: also pending and declined awards.",
            responses = {
                    @ApiResponse(responseCode = "200", content = @Content(
                            schema = @Schema(implementation = UserSummaries.UserSummary.class),
                            examples = @ExampleObject(value = """
                            {"handle":"ann","displayName":"Ann","badgesIssued":[],
                             "badgesReceived":["3f1c2a9e-5b7d-4e21-9a0c-1d2e3f4a5b6c"],
                             "badgesAccepted":["3f1c2a9e-5b7d-4e21-9a0c-1d2e3f4a5b6c"],"badgesPending":[],
                             "collections":["Open source"]}"""))),
                    @ApiResponse(responseCode = "404", content = @Content(examples = @ExampleObject(value = """
                            {"code":"ResourceNotFound","message":"No such user"}""")))})
    UserSummaries.UserSummary user(@PathVariable("handle") String handle);
}
