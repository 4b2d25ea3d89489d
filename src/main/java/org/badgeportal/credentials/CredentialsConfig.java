package org.badgeportal.credentials;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The offline JSON-LD contexts and the cryptosuite, built once. */
@Configuration(proxyBeanMethods = false)
class CredentialsConfig {

    @Bean
    BundledContexts bundledContexts() {
        return new BundledContexts();
    }

    @Bean
    EddsaRdfc2022 eddsaRdfc2022(BundledContexts contexts) {
        return new EddsaRdfc2022(new RdfCanonicalizer(contexts));
    }
}
