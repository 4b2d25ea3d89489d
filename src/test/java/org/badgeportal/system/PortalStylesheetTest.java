package org.badgeportal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.badgeportal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The portal's stylesheet keeps long words people write (hostile or not) inside the page: text in main wraps, and
 * the {@code min-w-0} utility the templates put on flex children (it is not Bootstrap's) is defined, so those
 * children can shrink. HostileContentBrowserTest shows the pages in a browser; this checks the served rules.
 */
@PortalTest
class PortalStylesheetTest {

    private static final Pattern OWN_UTILITY = Pattern.compile("class=\"[^\"]*\\b(min-w-0)\\b");

    @Autowired
    MockMvc mvc;

    @Test
    void longWordsWrapAndTheUtilitiesTheTemplatesUseAreDefined() throws Exception {
        String css = mvc.perform(get("/css/portal.css")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(css).containsPattern("main \\{\\s*overflow-wrap: anywhere;");
        Set<String> used = usedOwnUtilities();
        assertThat(used).as("templates use min-w-0").contains("min-w-0");
        for (String utility : used) {
            assertThat(css).as(utility + " is defined").containsPattern("\\." + utility + " \\{\\s*min-width: 0;");
        }
    }

    private static Set<String> usedOwnUtilities() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Resource template : new PathMatchingResourcePatternResolver()
                .getResources("classpath:templates/**/*.html")) {
            Matcher matcher = OWN_UTILITY.matcher(template.getContentAsString(StandardCharsets.UTF_8));
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }
        return used;
    }
}
