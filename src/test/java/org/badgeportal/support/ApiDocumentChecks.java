package org.badgeportal.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import java.util.List;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Holds every JSON answer of an API that a MockMvc test receives against the portal's OpenAPI document, as the
 * contract tests do over HTTP ({@link ApiDocument}): an undocumented status or a body its schema does not allow
 * fails the test.
 */
public final class ApiDocumentChecks {

    private ApiDocumentChecks() {
    }

    static void check(MvcResult result) throws Exception {
        String path = result.getRequest().getRequestURI();
        MockHttpServletResponse response = result.getResponse();
        String type = response.getContentType();
        if (!(path.startsWith("/api/") || path.startsWith("/v1/")) || type == null
                || !type.startsWith("application/json")) {
            return;
        }
        WebApplicationContext context = WebApplicationContextUtils.getRequiredWebApplicationContext(
                result.getRequest().getServletContext());
        ApiDocument document = ApiDocument.of("mockmvc:" + System.identityHashCode(context), documentPath -> {
            try {
                return MockMvcBuilders.webAppContextSetup(context).build().perform(get(documentPath)).andReturn()
                        .getResponse().getContentAsString();
            } catch (Exception e) {
                throw new IllegalStateException("The OpenAPI document cannot be read", e);
            }
        });
        List<String> problems = document.problems(result.getRequest().getMethod(), path, response.getStatus(),
                response.getContentAsString());
        if (!problems.isEmpty()) {
            throw new AssertionError("The answer does not match the OpenAPI document:\n" + String.join("\n", problems)
                    + "\n" + response.getContentAsString());
        }
    }

    /** Adds the check to the test context's MockMvc. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getBeanFactory().registerSingleton("apiDocumentChecks",
                    (MockMvcBuilderCustomizer) builder -> builder.alwaysDo(ApiDocumentChecks::check));
        }
    }
}
