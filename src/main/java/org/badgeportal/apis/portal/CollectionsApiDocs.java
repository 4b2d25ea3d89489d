package org.badgeportal.apis.portal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The collection endpoints of the portal API as its clients see them: paths, parameters, bodies and the OpenAPI
 * documentation with examples. {@link CollectionsApiController} implements it.
 */
@Tag(name = "Collections", description = "An account's named showcases of awards it received")
interface CollectionsApiDocs {

    String ONE = """
            {"name":"Open source","description":"What I did in the open","public":true,
             "awards":["3f1c2a9e-5b7d-4e21-9a0c-1d2e3f4a5b6c"]}""";
    String NOT_FOUND = "{\"code\":\"ResourceNotFound\",\"message\":\"No such collection\"}";

    @GetMapping(path = "/api/v1/users/{handle}/collections", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "An account's collections",
            description = "Public collections of a public profile with their public awards; with the account's "
                    + "own personal token, all of them with every award.",
            responses = {
                    @ApiResponse(responseCode = "200", content = @Content(
                            schema = @Schema(implementation = CollectionsApi.CollectionList.class),
                            examples = @ExampleObject(
                            value = "{\"collections\":[" + ONE + "]}"))),
                    @ApiResponse(responseCode = "404", content = @Content(examples = @ExampleObject(value = """
                            {"code":"ResourceNotFound","message":"No such user"}""")))})
    CollectionsApi.CollectionList ofUser(@PathVariable("handle") String handle);

    @PostMapping(path = "/api/v1/collections", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a collection (personal token)",
            description = "Names are unique per account (409). Only accepted awards the account received can be "
                    + "added (400).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = ONE))),
            responses = {
                    @ApiResponse(responseCode = "201", content = @Content(
                            schema = @Schema(implementation = CollectionsApi.CollectionBody.class),
                            examples = @ExampleObject(value = ONE))),
                    @ApiResponse(responseCode = "409", content = @Content(examples = @ExampleObject(value = """
                            {"code":"ResourceConflict","error":"You already have a collection with this name."}""")))})
    CollectionsApi.CollectionBody create(@RequestBody CollectionsApi.CollectionBody body);

    @GetMapping(path = "/api/v1/collections/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One of your collections (personal token)",
            responses = {
                    @ApiResponse(responseCode = "200", content = @Content(
                            schema = @Schema(implementation = CollectionsApi.CollectionBody.class),
                            examples = @ExampleObject(value = ONE))),
                    @ApiResponse(responseCode = "404", content = @Content(examples = @ExampleObject(
                            value = NOT_FOUND)))})
    CollectionsApi.CollectionBody get(@PathVariable("name") String name);

    @PutMapping(path = "/api/v1/collections/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change one of your collections (personal token); only the fields given change",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = "{\"public\":false,\"awards\":[]}"))),
            responses = {
                    @ApiResponse(responseCode = "200", content = @Content(
                            schema = @Schema(implementation = CollectionsApi.CollectionBody.class),
                            examples = @ExampleObject(value = """
                            {"name":"Open source","description":"What I did in the open","public":false,
                             "awards":[]}"""))),
                    @ApiResponse(responseCode = "400", content = @Content(examples = @ExampleObject(value = """
                            {"code":"ValidationError","message":"Could not validate required fields",
                             "details":[{"field":"awards",
                             "message":"Only awards you received and accepted can be added to a collection.",
                             "value":null}]}"""))),
                    @ApiResponse(responseCode = "409", description = "Renamed to the name of another collection",
                            content = @Content(examples = @ExampleObject(value = """
                            {"code":"ResourceConflict","error":"You already have a collection with this name."}""")))})
    CollectionsApi.CollectionBody update(@PathVariable("name") String name,
                                         @RequestBody CollectionsApi.CollectionBody body);

    @DeleteMapping(path = "/api/v1/collections/{name}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete one of your collections (personal token)",
            responses = {
                    @ApiResponse(responseCode = "204", description = "Deleted"),
                    @ApiResponse(responseCode = "404", content = @Content(examples = @ExampleObject(
                            value = NOT_FOUND)))})
    void delete(@PathVariable("name") String name);
}
