package org.badgeportal.apis.lite;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/** Documents the query parameters of each lite call ({@link LiteQuery}), one by one with what they mean. */
@Component
class LiteQueryDocs implements OperationCustomizer {

    private static final Map<String, String> MEANINGS = Map.of(
            "collection", "the issuer's slug",
            "user", "the user of the site",
            "name", "the badge's name",
            "names", "badge names, comma-separated; _all counts every badge",
            "payload", "any JSON, as text (or a plain string)");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        LiteQuery query = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), LiteQuery.class);
        if (query != null) {
            for (String name : query.value()) {
                operation.addParametersItem(new QueryParameter().name(name).description(MEANINGS.get(name))
                        .schema(new StringSchema()));
            }
        }
        return operation;
    }
}
