package org.badgeportal.apis.portal;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.Accounts;
import org.badgeportal.apis.ApiError;
import org.badgeportal.apis.ApiException;
import org.badgeportal.collections.CollectionEditor;
import org.badgeportal.collections.CollectionForm;
import org.badgeportal.collections.CollectionHeader;
import org.badgeportal.collections.CollectionRefusedException;
import org.badgeportal.collections.DuplicateCollectionNameException;
import org.badgeportal.collections.TooManyCollectionsException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collections through the portal API: the owner's changes go through
 * {@link CollectionEditor} in one transaction (a refused award undoes the whole call); reads take two selects
 * however many collections and awards there are. Strangers see public collections of public profiles, with only
 * their public awards.
 */
@Service
@Transactional
class CollectionsApi {

    /** A collection as the API writes it and answers it; {@code awards} are award ids, in order. */
    record CollectionBody(String name, String description, @JsonProperty("public") Boolean publiclyVisible,
                          List<String> awards) {
    }

    record CollectionList(List<CollectionBody> collections) {
    }

    private final CollectionEditor editor;
    private final CollectionApiQueries apiQueries;
    private final Accounts accounts;
    private final Validator validator;
    private final MessageSource messages;
    private final Clock clock;

    CollectionsApi(CollectionEditor editor, CollectionApiQueries apiQueries,
                   Accounts accounts, Validator validator, MessageSource messages, Clock clock) {
        this.editor = editor;
        this.apiQueries = apiQueries;
        this.accounts = accounts;
        this.validator = validator;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    CollectionList ofUser(String handle, Long viewerAccountId) {
        Account account = (handle == null ? null : accounts.byHandle(handle).orElse(null));
        boolean own = account != null && account.getId().equals(viewerAccountId);
        if (account == null || !(own || account.isProfilePublic())) {
            throw ApiException.notFound("No such user");
        }
        return new CollectionList(bodies(account.getId(), own, null));
    }

    @Transactional(readOnly = true)
    CollectionBody own(Long accountId, String name) {
        return bodies(accountId, true, name).stream().findFirst()
                .orElseThrow(() -> ApiException.notFound("No such collection"));
    }

    CollectionBody create(Long accountId, CollectionBody body) {
        CollectionForm form = validated(new CollectionForm(body.name(), body.description(), body.publiclyVisible()));
        try {
            String name = editor.create(accountId, form);
            if (body.awards() != null) {
                editor.replaceAwards(accountId, name, body.awards());
            }
            return own(accountId, name);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** Changes only the fields given; {@code awards} replaces the whole list. */
    CollectionBody update(Long accountId, String name, CollectionBody body) {
        CollectionHeader current = editor.ownHeader(accountId, name)
                .orElseThrow(() -> ApiException.notFound("No such collection"));
        CollectionForm form = validated(new CollectionForm(
                body.name() != null ? body.name() : current.name(),
                body.description() != null ? body.description() : current.description(),
                body.publiclyVisible() != null ? body.publiclyVisible() : current.publiclyVisible()));
        try {
            String newName = editor.update(accountId, name, form);
            if (body.awards() != null) {
                editor.replaceAwards(accountId, newName, body.awards());
            }
            return own(accountId, newName);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    void delete(Long accountId, String name) {
        editor.ownHeader(accountId, name).orElseThrow(() -> ApiException.notFound("No such collection"));
        editor.delete(accountId, name);
    }

    private List<CollectionBody> bodies(Long accountId, boolean own, String onlyName) {
        List<CollectionHeader> headers = apiQueries.headers(accountId, own).stream()
                .filter(h -> onlyName == null || h.name().equals(onlyName)).toList();
        if (headers.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> awards = new HashMap<>();
        for (Object[] row : apiQueries.awardIds(accountId, own, clock.instant())) {
            awards.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]);
        }
        return headers.stream().map(h -> new CollectionBody(h.name(), h.description(), h.publiclyVisible(),
                awards.getOrDefault(h.id(), List.of()))).toList();
    }

    private CollectionForm validated(CollectionForm form) {
        List<ConstraintViolation<CollectionForm>> violations = validator.validate(form).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).toList();
        if (!violations.isEmpty()) {
            throw new ApiException(ApiError.validation(violations.stream()
                    .map(v -> new ApiError.FieldProblem(v.getPropertyPath().toString().equals("publiclyVisible")
                            ? "public" : v.getPropertyPath().toString(), v.getMessage(), v.getInvalidValue()))
                    .toList()));
        }
        return form;
    }

    private RuntimeException translate(RuntimeException e) {
        if (e instanceof DuplicateCollectionNameException) {
            return ApiException.conflict(text("collections.name.taken"), null);
        }
        if (e instanceof TooManyCollectionsException) {
            return ApiException.conflict(text("collections.tooMany"), null);
        }
        if (e instanceof CollectionRefusedException refused) {
            return ApiException.invalid("awards", text(refused.refusal().messageKey()), null);
        }
        return e;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.ENGLISH);
    }
}
