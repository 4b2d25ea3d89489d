package org.badgeportal.forms;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

/**
 * One state-changing page route and the inputs its handler method reads, learnt from the method itself: request
 * parameters, uploads and the components of form records (nested records as {@code a.b}, lists of records as
 * {@code a[i].b}, lists of values as repeated parameters). {@code params} are the mapping's own parameter
 * conditions ({@code step=check}), sent by default so the request reaches the handler.
 */
record FormRoute(String method, String pattern, Map<String, String> params, List<Input> inputs, String handler) {

    /** What kind of value a parameter takes. */
    enum Kind { TEXT, NUMBER, BOOLEAN, ENUM, FILE }

    /**
     * One parameter: its name ({@code criteria[].description} for a list of records, the index chosen per request),
     * kind, the enum constants when an enum, whether the form sends it several times, and whether it is required.
     */
    record Input(String name, Kind kind, List<String> constants, boolean repeated, boolean required) {
    }

    @Override
    public String toString() {
        return method + " " + pattern + (params.isEmpty() ? "" : " " + params);
    }

    static List<Input> inputsOf(HandlerMethod handler) {
        List<Input> inputs = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            if (parameter.hasParameterAnnotation(PathVariable.class)
                    || parameter.hasParameterAnnotation(AuthenticationPrincipal.class)
                    || parameter.hasParameterAnnotation(RequestHeader.class)) {
                continue;
            }
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
                boolean required = param.required() && ValueConstants.DEFAULT_NONE.equals(param.defaultValue());
                inputs.add(input(name, type, parameter.getGenericParameterType(), required));
            } else if (MultipartFile.class.isAssignableFrom(type)) {
                inputs.add(new Input(parameter.getParameterName(), Kind.FILE, List.of(), false, false));
            } else if (type.isRecord() && type.getName().startsWith("org.badgeportal.")) {
                addComponents("", type, inputs, 0);
            }
        }
        return inputs;
    }

    private static void addComponents(String prefix, Class<?> record, List<Input> inputs, int depth) {
        for (RecordComponent component : record.getRecordComponents()) {
            String name = prefix + component.getName();
            Class<?> type = component.getType();
            Class<?> element = elementType(component.getGenericType());
            if (type.isRecord() && depth < 3) {
                addComponents(name + ".", type, inputs, depth + 1);
            } else if (Collection.class.isAssignableFrom(type) && element != null && element.isRecord()
                    && depth < 3) {
                addComponents(name + "[].", element, inputs, depth + 1);
            } else {
                inputs.add(input(name, type, component.getGenericType(), false));
            }
        }
    }

    private static Input input(String name, Class<?> type, Type generic, boolean required) {
        boolean repeated = Collection.class.isAssignableFrom(type) || type.isArray();
        Class<?> value = repeated ? elementType(generic) : type;
        if (value == null) {
            value = String.class;
        }
        if (MultipartFile.class.isAssignableFrom(value)) {
            return new Input(name, Kind.FILE, List.of(), repeated, required);
        }
        if (value.isEnum()) {
            List<String> constants = new ArrayList<>();
            for (Object constant : value.getEnumConstants()) {
                constants.add(((Enum<?>) constant).name());
            }
            return new Input(name, Kind.ENUM, constants, repeated, required);
        }
        if (value == Boolean.class || value == boolean.class) {
            return new Input(name, Kind.BOOLEAN, List.of(), repeated, required);
        }
        if (Number.class.isAssignableFrom(value) || (value.isPrimitive() && value != char.class)) {
            return new Input(name, Kind.NUMBER, List.of(), repeated, required);
        }
        return new Input(name, Kind.TEXT, List.of(), repeated, required);
    }

    private static Class<?> elementType(Type generic) {
        if (generic instanceof Class<?> array && array.isArray()) {
            return array.getComponentType();
        }
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments().length == 1
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }
}
