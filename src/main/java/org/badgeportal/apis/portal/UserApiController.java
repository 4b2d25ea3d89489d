package org.badgeportal.apis.portal;

import org.badgeportal.apis.ApiCallers;
import org.badgeportal.apis.ApiException;
import org.badgeportal.profiles.UserSummaries;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/users/{handle}}: anyone may ask; the account's own personal token sees more. */
@RestController
class UserApiController implements UserApiDocs {

    private final UserSummaries summaries;

    UserApiController(UserSummaries summaries) {
        this.summaries = summaries;
    }

    @Override
    public UserSummaries.UserSummary user(String handle) {
        return summaries.find(handle, ApiCallers.accountId().orElse(null))
                .orElseThrow(() -> ApiException.notFound("No such user"));
    }
}
