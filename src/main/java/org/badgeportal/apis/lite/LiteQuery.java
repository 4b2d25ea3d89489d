package org.badgeportal.apis.lite;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The parameters a lite call reads, by name. The JSON body takes the same names; {@link LiteQueryDocs} lists them
 * as query parameters in the OpenAPI document.
 */
@Target(METHOD)
@Retention(RUNTIME)
@interface LiteQuery {

    String[] value();
}
