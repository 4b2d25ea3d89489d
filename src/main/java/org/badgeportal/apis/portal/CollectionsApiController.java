package org.badgeportal.apis.portal;

import org.badgeportal.apis.ApiCallers;
import org.springframework.web.bind.annotation.RestController;

/**
 * Collections in the portal API: anyone may list an account's public collections; the owner (personal token)
 * sees all of its own and creates, reads, changes and deletes them by name.
 */
@RestController
class CollectionsApiController implements CollectionsApiDocs {


    private final CollectionsApi collections;

    CollectionsApiController(CollectionsApi collections) {
        this.collections = collections;
    }

    @Override
    public CollectionsApi.CollectionList ofUser(String handle) {
        return collections.ofUser(handle, ApiCallers.accountId().orElse(null));
    }

    @Override
    public CollectionsApi.CollectionBody create(CollectionsApi.CollectionBody body) {
        return collections.create(ApiCallers.person().accountId(), body);
    }

    @Override
    public CollectionsApi.CollectionBody get(String name) {
        return collections.own(ApiCallers.person().accountId(), name);
    }

    @Override
    public CollectionsApi.CollectionBody update(String name, CollectionsApi.CollectionBody body) {
        return collections.update(ApiCallers.person().accountId(), name, body);
    }

    @Override
    public void delete(String name) {
        collections.delete(ApiCallers.person().accountId(), name);
    }
}
