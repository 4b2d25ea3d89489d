package org.badgeportal.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Pages link to webjars without versions ({@code /webjars/bootstrap/css/bootstrap.min.css}) and the resource
 * chain serves those paths (webjars-locator-lite). Spring Boot would also register a filter that rewrites every
 * URL a page renders into its versioned form; for an ordinary link such as a form action it looks for a
 * matching static file on the class path, which made a list page with a hundred links spend most of its time
 * there. The pages need no rewriting, so the filter is registered switched off.
 */
@Configuration(proxyBeanMethods = false)
class ResourceUrlsConfig {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
