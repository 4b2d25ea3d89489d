package org.badgeportal.embed;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/** Weak ETags from a hash of the body for the embed's answers, so a repeated read costs a 304 and no bytes. */
@Configuration(proxyBeanMethods = false)
class EmbedConfig {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> embedEtags() {
        ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
        filter.setWriteWeakETag(true);
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/v1/*", "/embed/*");
        registration.setName("embedEtags");
        return registration;
    }
}
