package org.badgeportal.developers;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.badgeportal.system.PortalProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs} (paths chosen by {@code springdoc.paths-to-match}): title, the
 * portal's own address as server, and the two ways to send a key. Signed requests and personal tokens are
 * described on the developers page.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String API_KEY = "apiKey";
    static final String BEARER = "bearer";

    @Bean
    OpenAPI portalOpenApi(PortalProperties properties) {
        return new OpenAPI()
                .info(new Info()
                        .title("Badge portal API")
                        .version("v1")
                        .description("The portal API (/api/v1: badges, awards, users, collections), the small"
                                + " badges API (/api/lite) and the UserBadges-compatible API (/v1/{service})."
                                + " Send an issuer's API key as X-Api-Key, as Authorization, or as"
                                + " Authorization: Bearer; recipients use personal access tokens as bearer tokens."
                                + " See " + properties.link("/developers") + " for signed requests and limits.")
                        .license(new License().name("Open source")))
                .servers(List.of(new Server().url(properties.baseUrl()).description("This portal")))
                .components(new Components()
                        .addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-Api-Key")
                                .description("An issuer's API key (also accepted as Authorization: <key>)"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description("An issuer's API key or a recipient's personal access token")))
                .addSecurityItem(new SecurityRequirement().addList(API_KEY))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
