package org.badgeportal.images;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestImages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class ImageControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ImageService images;
    @Autowired
    ImageValidator validator;

    @Test
    void servesAStoredPngToAnyoneWithLongCachingAndNoSniffing() throws Exception {
        StoredImage image = images.store(validator.check(TestImages.png(16, 16)));
        mvc.perform(get("/images/" + image.getId()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(TestImages.png(16, 16)));
    }

    @Test
    void servesSvgUnderAPolicyThatForbidsScriptsAndOutsideResources() throws Exception {
        StoredImage image = images.store(validator.check(TestImages.cleanSvg()));
        mvc.perform(get("/images/" + image.getId()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/svg+xml"))
                .andExpect(header().string("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void unknownImagesAreNotFound() throws Exception {
        mvc.perform(get("/images/987654321")).andExpect(status().isNotFound());
        mvc.perform(get("/images/abc")).andExpect(status().isBadRequest());
    }
}
