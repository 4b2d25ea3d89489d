package org.badgeportal.apis.userbadges;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.badgeportal.apikeys.IssuerCredential;
import org.badgeportal.apis.ApiCallers;
import org.badgeportal.embed.ServiceBadgeList;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The write side of the UserBadges API; see the package documentation for the rules. */
@RestController
class UserBadgesController implements UserBadgesWriteApiDocs {


    private final UserBadgesWrites writes;
    private final ServiceBadgeList badgeList;

    UserBadgesController(UserBadgesWrites writes, ServiceBadgeList badgeList) {
        this.writes = writes;
        this.badgeList = badgeList;
    }

    @Override
    public ObjectNode putBadges(String service, JsonNode body) {
        IssuerCredential caller = ApiCallers.issuer(service);
        writes.putBadges(caller.issuerId(), body);
        return badgeList.badges(service);
    }

    @Override
    public ObjectNode deleteBadges(String service, JsonNode body) {
        IssuerCredential caller = ApiCallers.issuer(service);
        writes.deleteBadges(caller.issuerId(), body);
        return badgeList.badges(service);
    }

    @Override
    public UserReply award(String service, String name, JsonNode body) {
        IssuerCredential caller = ApiCallers.issuer(service);
        return user(name, writes.award(caller.issuerId(), name, body));
    }

    @Override
    public UserReply remove(String service, String name, JsonNode body) {
        IssuerCredential caller = ApiCallers.issuer(service);
        return user(name, writes.remove(caller.issuerId(), name, body));
    }

    private static UserReply user(String name, List<String> badges) {
        return new UserReply(new UserAnswer(badges, name));
    }

    /** The answer of the user writes: the badges the user holds now. */
    @Schema(name = "UserBadgesUserReply")
    record UserReply(UserAnswer user) {
    }

    @Schema(name = "UserBadgesUserBadges")
    record UserAnswer(@Schema(example = "[\"commenter\", \"popular\"]") List<String> badges,
                      @Schema(example = "daniel") String name) {
    }
}
