package org.badgeportal.badges;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import java.util.LinkedHashMap;
import java.util.Map;
import org.badgeportal.accounts.SignedInAccount;
import org.badgeportal.support.TestData;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Builds badge editor submissions: a valid form by default, with any field changed or removed. */
final class BadgeForms {

    private BadgeForms() {
    }

    static Map<String, String> valid() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("slug", TestData.unique("reading"));
        fields.put("name", "Reading badge");
        fields.put("strapline", "Reads a lot");
        fields.put("earnerDescription", "Read ten books this term.");
        fields.put("consumerDescription", "The holder read ten books.");
        fields.put("type", "skill");
        fields.put("listed", "true");
        fields.put("_listed", "on");
        fields.put("_unique", "on");
        fields.put("imageUrl", "https://example.org/reading.png");
        return fields;
    }

    static Map<String, String> with(String field, String value) {
        Map<String, String> fields = valid();
        fields.put(field, value);
        return fields;
    }

    static MockMultipartHttpServletRequestBuilder post(String path, SignedInAccount principal,
                                                      Map<String, String> fields, MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart(path);
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        fields.forEach((name, value) -> {
            if (value != null) {
                request.param(name, value);
            }
        });
        request.with(user(principal)).with(csrf());
        return request;
    }

    static MockMultipartFile image(String filename, String declaredType, byte[] bytes) {
        return new MockMultipartFile("imageFile", filename, declaredType, bytes);
    }
}
