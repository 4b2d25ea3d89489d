package org.badgeportal.apis;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.stereotype.Component;

/**
 * The APIs answer {@code null} for what they do not have (a badge without an image, an award without expiry), so
 * every property of a body record that is not a Java primitive may be null in the OpenAPI document too: OpenAPI
 * 3.1 says so with the type {@code "null"} (or, for a referenced schema, as one of two alternatives).
 */
@Component
class NullableProperties implements PropertyCustomizer {

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Schema customize(Schema property, AnnotatedType type) {
        if (property == null || isPrimitive(type.getType())) {
            return property;
        }
        if (property.get$ref() != null) {
            return new Schema<>().anyOf(List.of(new Schema<>().$ref(property.get$ref()), nullOnly()))
                    .description(property.getDescription());
        }
        if (property.getTypes() != null && !property.getTypes().isEmpty()) {
            property.addType("null");
        }
        return property;
    }

    private static Schema<?> nullOnly() {
        Schema<?> schema = new Schema<>();
        schema.addType("null");
        return schema;
    }

    private static boolean isPrimitive(java.lang.reflect.Type type) {
        if (type instanceof Class<?> plain) {
            return plain.isPrimitive();
        }
        return type instanceof com.fasterxml.jackson.databind.JavaType javaType && javaType.isPrimitive();
    }
}
