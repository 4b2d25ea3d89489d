package org.badgeportal.apis.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.badgeportal.apikeys.IssuerCredential;
import org.badgeportal.apis.ApiCallers;
import org.badgeportal.apis.ApiError.FieldProblem;
import org.badgeportal.apis.ApiError;
import org.badgeportal.apis.ApiException;
import org.badgeportal.badges.BadgeEditor;
import org.badgeportal.badges.BadgeForm;
import org.badgeportal.badges.BadgeLifecycle;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The badges of the portal API ({@code /api/v1/badges}, the BadgeKit API and the badges.ninja API).
 * The caller's issuer key is the scope: another issuer's badge is simply not found. Writes go through the badge
 * editor (same checks as the dashboard's form); a call with any problem writes nothing. Paths, parameters and
 * their documentation are declared by {@link BadgeApiDocs}.
 */
@RestController
class BadgeApiController implements BadgeApiDocs {

    private static final int MAX_SHARE_TEXT = 500;

    private final BadgeApiQueries queries;
    private final BadgeEditor editor;
    private final BadgeLifecycle lifecycle;
    private final Validator validator;
    private final MessageSource messages;
    private final JsonMapper json;

    BadgeApiController(BadgeApiQueries queries, BadgeEditor editor, BadgeLifecycle lifecycle, Validator validator,
                       MessageSource messages, JsonMapper json) {
        this.queries = queries;
        this.editor = editor;
        this.lifecycle = lifecycle;
        this.validator = validator;
        this.messages = messages;
        this.json = json;
    }

    @Override
    public BadgeAnswers.Listed list(String archived, String program) {
        IssuerCredential caller = ApiCallers.issuer();
        Boolean archivedFilter = switch (archived.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            case "any" -> null;
            default -> throw ApiException.invalid("archived", "must be true, false or any", archived);
        };
        return new BadgeAnswers.Listed(queries.list(caller.issuerId(), archivedFilter,
                program == null || program.isBlank() ? null : program.strip()));
    }

    @Override
    public BadgeAnswers.One get(String slug) {
        return new BadgeAnswers.One(find(ApiCallers.issuer(), slug));
    }

    @Override
    public ResponseEntity<BadgeAnswers.Changed> createFromJson(JsonNode body) {
        return create(fieldsOf(body), isWrapped(body), null);
    }

    @Override
    public ResponseEntity<BadgeAnswers.Changed> createFromForm(HttpServletRequest request) {
        return create(fieldsOf(request), false, upload(request));
    }

    @Override
    public BadgeAnswers.Changed updateFromJson(String slug, JsonNode body) {
        return update(slug, fieldsOf(body), null);
    }

    @Override
    public BadgeAnswers.Changed updateFromForm(String slug, HttpServletRequest request) {
        return update(slug, fieldsOf(request), upload(request));
    }

    @Override
    public BadgeAnswers.Changed delete(String slug) {
        IssuerCredential caller = ApiCallers.issuer();
        BadgeJson badge = find(caller, slug);
        BadgeLifecycle.Deletion deletion = lifecycle.delete(caller.issuerSlug(), slug);
        if (!deletion.deleted()) {
            throw ApiException.conflict("badge `" + slug + "` has " + deletion.awardCount()
                    + " awards and cannot be deleted; archive it instead", Map.of("awards", deletion.awardCount()));
        }
        return BadgeAnswers.Changed.deleted(badge);
    }

    @Override
    public BadgeAnswers.ShareText shareText(String slug, JsonNode body) {
        IssuerCredential caller = ApiCallers.issuer();
        find(caller, slug);
        JsonNode text = (isWrapped(body) ? body.get("parameters") : body).get("text");
        if (text == null || !text.isString()) {
            throw ApiException.invalid("text", "is required and must be a string", null);
        }
        String value = text.asString().strip();
        if (value.length() > MAX_SHARE_TEXT) {
            throw ApiException.invalid("text", "must be at most " + MAX_SHARE_TEXT + " characters", value);
        }
        if (value.indexOf('<') >= 0 || value.indexOf('>') >= 0) {
            throw ApiException.invalid("text", "must be plain text: no HTML (< or >)", value);
        }
        editor.setShareText(caller.issuerSlug(), slug, value.isEmpty() ? null : value);
        return new BadgeAnswers.ShareText("updated", value.isEmpty() ? null : value);
    }

    private ResponseEntity<BadgeAnswers.Changed> create(Map<String, Object> fields, boolean ninja,
                                                       MultipartFile upload) {
        IssuerCredential caller = ApiCallers.issuer();
        BadgeApiInput.Parsed parsed = BadgeApiInput.read(BadgeApiInput.NEW_BADGE, fields, true, ninja);
        BindingResult errors = validate(parsed);
        String slug = editor.create(caller.issuerSlug(), parsed.form(), upload, errors, parsed.archived());
        if (slug == null) {
            throw failure(caller, parsed.form().slug(), fields, errors);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(BadgeAnswers.Changed.created(find(caller, slug)));
    }

    private BadgeAnswers.Changed update(String slug, Map<String, Object> fields, MultipartFile upload) {
        IssuerCredential caller = ApiCallers.issuer();
        find(caller, slug);
        BadgeForm stored = editor.editBadge(caller.issuerSlug(), slug).form();
        BadgeApiInput.Parsed parsed = BadgeApiInput.read(stored, fields, false, false);
        BindingResult errors = validate(parsed);
        String newSlug = editor.update(caller.issuerSlug(), slug, parsed.form(), upload, errors, parsed.archived());
        if (newSlug == null) {
            throw failure(caller, parsed.form().slug(), fields, errors);
        }
        return BadgeAnswers.Changed.updated(find(caller, newSlug));
    }

    /** Bean Validation of the form, with the values of the wrong shape already reported. */
    private BindingResult validate(BadgeApiInput.Parsed parsed) {
        DataBinder binder = new DataBinder(parsed.form(), "badgeForm");
        binder.setValidator(new org.springframework.validation.beanvalidation.SpringValidatorAdapter(validator));
        binder.validate();
        BindingResult errors = binder.getBindingResult();
        if (!parsed.problems().isEmpty()) {
            throw new ApiException(ApiError.validation(merge(parsed.problems(), problems(errors, Map.of()))));
        }
        return errors;
    }

    /** A taken slug is 002's 409 with the stored badge; anything else a 400 with one detail per field. */
    private ApiException failure(IssuerCredential caller, String slug, Map<String, Object> fields,
                                 BindingResult errors) {
        FieldError slugError = errors.getFieldError("slug");
        if (slugError != null && "badge.slug.taken".equals(slugError.getCode())) {
            BadgeJson existing = queries.find(caller.issuerId(), slug.strip()).orElse(null);
            if (existing != null) {
                return ApiException.conflict("badge with that `slug` already exists", existing.conflictDetails());
            }
        }
        return new ApiException(ApiError.validation(problems(errors, fields)));
    }

    private List<FieldProblem> problems(BindingResult errors, Map<String, Object> fields) {
        Map<String, FieldProblem> byField = new LinkedHashMap<>();
        for (FieldError error : errors.getFieldErrors()) {
            String field = error.getField();
            if (field.equals("imageUrl") && fields.containsKey("image") && !fields.containsKey("imageUrl")) {
                field = "image";
            }
            Object value = error.getRejectedValue();
            byField.putIfAbsent(field, new FieldProblem(field, messages.getMessage(error, Locale.ENGLISH),
                    value instanceof String || value instanceof Number || value instanceof Boolean ? value : null));
        }
        errors.getGlobalErrors().forEach(error -> byField.putIfAbsent("", new FieldProblem("",
                messages.getMessage(error, Locale.ENGLISH), null)));
        return new ArrayList<>(byField.values());
    }

    private static List<FieldProblem> merge(List<FieldProblem> first, List<FieldProblem> more) {
        Map<String, FieldProblem> byField = new LinkedHashMap<>();
        first.forEach(problem -> byField.putIfAbsent(problem.field(), problem));
        more.forEach(problem -> byField.putIfAbsent(problem.field(), problem));
        return new ArrayList<>(byField.values());
    }

    private BadgeJson find(IssuerCredential caller, String slug) {
        return queries.find(caller.issuerId(), slug).orElseThrow(() -> ApiException.notFound(
                "Could not find badge field: `slug`, value: `" + slug + "`"));
    }

    private static boolean isWrapped(JsonNode body) {
        return body != null && body.isObject() && body.get("parameters") != null && body.get("parameters").isObject();
    }

    /** The fields of a JSON body (badges.ninja's {@code {"parameters": {...}}} unwrapped) as plain values. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> fieldsOf(JsonNode body) {
        JsonNode fields = isWrapped(body) ? body.get("parameters") : body;
        if (fields == null || !fields.isObject()) {
            throw ApiException.badRequest("The body must be a JSON object");
        }
        return json.convertValue(fields, LinkedHashMap.class);
    }

    /** Form fields and multipart text parts; the first value of each. */
    private static Map<String, Object> fieldsOf(HttpServletRequest request) {
        Map<String, Object> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 0) {
                fields.put(name, values[0]);
            }
        });
        return fields;
    }

    private static MultipartFile upload(HttpServletRequest request) {
        MultipartHttpServletRequest multipart = org.springframework.web.util.WebUtils.getNativeRequest(request,
                MultipartHttpServletRequest.class);
        return multipart == null ? null : multipart.getFile("image");
    }
}
