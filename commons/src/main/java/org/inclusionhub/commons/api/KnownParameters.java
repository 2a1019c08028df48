package org.inclusionhub.commons.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.problem.ApiProblem;

/**
 * Query parameters must be ones the endpoint declares ({@code @QueryParam}, also inside a {@code @BeanParam}),
 * and a parameter that is not text (a boolean, a number, a UUID) must have a value. Otherwise 400 naming each
 * parameter, before anything runs: without this, {@code ?dryRun=true} on an endpoint that has no dry run
 * stored data, a misspelt filter ({@code contry=BE}) answered the whole list, and {@code dryRun=} counted as
 * false.
 */
@Provider
public class KnownParameters implements ContainerRequestFilter {

    /** Per resource method, its query parameters by name, with their Java types. */
    private static final Map<Method, Map<String, Class<?>>> DECLARED = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Map<String, Class<?>> declared = DECLARED.computeIfAbsent(method, KnownParameters::declaredBy);
        List<Violation> violations = new ArrayList<>();
        request.getUriInfo().getQueryParameters(true).forEach((name, values) -> {
            Class<?> type = declared.get(name);
            if (type == null) {
                violations.add(new Violation(name, declared.isEmpty() ? "is not a parameter of this endpoint, which takes none"
                        : "is not a parameter of this endpoint; it takes " + String.join(", ", declared.keySet())));
            } else if (type != String.class && values.stream().anyMatch(String::isEmpty)) {
                violations.add(new Violation(name, "is empty: give a value or leave the parameter out"));
            }
        });
        if (!violations.isEmpty()) {
            throw ApiProblem.invalid(violations);
        }
    }

    private static Map<String, Class<?>> declaredBy(Method method) {
        Map<String, Class<?>> declared = new TreeMap<>();
        Annotation[][] annotations = method.getParameterAnnotations();
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            addDeclared(annotations[i], types[i], declared);
        }
        return declared;
    }

    private static void addDeclared(Annotation[] annotations, Class<?> type, Map<String, Class<?>> declared) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                // a list or set of values is text as far as emptiness goes: each value is checked where it is read
                declared.put(q.value(), Iterable.class.isAssignableFrom(type) ? String.class : boxed(type));
            } else if (a instanceof BeanParam) {
                for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field field : c.getDeclaredFields()) {
                        addDeclared(field.getAnnotations(), field.getType(), declared);
                    }
                }
            }
        }
    }

    private static Class<?> boxed(Class<?> type) {
        return type.isPrimitive() ? Object.class : type;
    }
}
