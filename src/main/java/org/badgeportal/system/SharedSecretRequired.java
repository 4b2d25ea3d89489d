package org.badgeportal.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In the PostgreSQL setup several instances share one database, so they must share the server secret that seals
 * the secrets stored in it ({@link SecretBox}); one created per instance in its data directory would not open
 * what another instance sealed. Checked before any bean is made, so a missing secret stops the start at once.
 */
@Component
@Profile("postgres")
class SharedSecretRequired implements BeanFactoryPostProcessor, EnvironmentAware {

    private static final Logger log = LoggerFactory.getLogger(SharedSecretRequired.class);
    static final String MESSAGE = "Set badges.secret (environment variable BADGES_SECRET) to the same value on "
            + "every instance: the postgres profile does not create a server secret of its own";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        String secret = environment.getProperty("badges.secret");
        if (secret == null || secret.isBlank()) {
            log.error(MESSAGE);
            throw new IllegalStateException(MESSAGE);
        }
    }
}
