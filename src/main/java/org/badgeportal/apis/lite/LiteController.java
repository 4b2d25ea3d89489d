package org.badgeportal.apis.lite;

import java.util.List;
import org.badgeportal.apikeys.IssuerCredential;
import org.badgeportal.apis.ApiCallers;
import org.badgeportal.apis.ApiError;
import org.badgeportal.apis.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lite API (see the package documentation and {@link LiteApiDocs}): thin; the rules are in
 * {@link LiteService}. Parameters are read in a fixed order, so the first missing one is the one reported.
 */
@RestController
class LiteController implements LiteApiDocs {

    private final LiteService lite;
    private final JsonMapper json;

    LiteController(LiteService lite, JsonMapper json) {
        this.lite = lite;
        this.json = json;
    }

    @Override
    public LiteJson.Done award(JsonNode body, MultiValueMap<String, String> query) {
        IssuerCredential caller = ApiCallers.issuer();
        LiteParameters parameters = new LiteParameters(body, query);
        String collection = parameters.required("collection");
        String name = parameters.required("name");
        String user = parameters.required("user");
        String payload = parameters.payload();
        ApiCallers.requireIssuer(caller, collection);
        lite.award(caller.issuerId(), name, user, payload);
        return LiteJson.Done.OK;
    }

    @Override
    public LiteJson.BadgesAnswer badges(JsonNode body, MultiValueMap<String, String> query) {
        UserBadges target = UserBadges.of(ApiCallers.issuer(), new LiteParameters(body, query));
        List<LiteJson.Badge> badges = lite.badges(target.issuerId(), target.user(), target.name()).stream()
                .map(this::badge).toList();
        return new LiteJson.BadgesAnswer(true, new LiteJson.Badges(badges));
    }

    @Override
    public LiteJson.Done remove(JsonNode body, MultiValueMap<String, String> query) {
        UserBadges target = UserBadges.of(ApiCallers.issuer(), new LiteParameters(body, query));
        lite.remove(target.issuerId(), target.user(), target.name());
        return LiteJson.Done.OK;
    }

    @Override
    public LiteJson.CountersAnswer counters(JsonNode body, MultiValueMap<String, String> query) {
        IssuerCredential caller = ApiCallers.issuer();
        LiteParameters parameters = new LiteParameters(body, query);
        String collection = parameters.required("collection");
        List<String> names = parameters.names();
        String user = parameters.required("user");
        ApiCallers.requireIssuer(caller, collection);
        return new LiteJson.CountersAnswer(true, new LiteJson.Counters(lite.counters(caller.issuerId(), user, names)));
    }

    private LiteJson.Badge badge(LiteBadge badge) {
        return new LiteJson.Badge(badge.name(), badge.user(),
                badge.payload() == null ? null : json.readTree(badge.payload()), badge.createdAt());
    }

    /** A user's badges in the caller's collection, of one name or (name null) of all. */
    private record UserBadges(Long issuerId, String user, String name) {

        static UserBadges of(IssuerCredential caller, LiteParameters parameters) {
            String collection = parameters.required("collection");
            String user = parameters.required("user");
            String name = parameters.optional("name");
            return new UserBadges(ApiCallers.requireIssuer(caller, collection).issuerId(), user, name);
        }
    }

    static ApiException invalid(String field, String message) {
        return new ApiException(new ApiError(HttpStatus.BAD_REQUEST, "ValidationError", message,
                List.of(new ApiError.FieldProblem(field, message, null))));
    }
}
