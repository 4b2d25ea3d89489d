package org.badgeportal.apis;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Test only: an API endpoint that binds every kind of argument the real ones use (typed JSON bodies with
 * validation, path variables, typed query parameters, headers, forms and multipart parts), so that
 * {@link ApiBadInputTest} exercises {@link ApiExceptionResolver} with every binding failure Spring MVC raises,
 * whatever endpoints exist. Hidden from the OpenAPI document.
 */
@Hidden
@RestController
@RequestMapping(path = "/api/v1/binding-probe", produces = MediaType.APPLICATION_JSON_VALUE)
class BindingProbeController {

    enum Sort { NAME, COUNT }

    record Criterion(@NotBlank String description, boolean required) {
    }

    record Probe(@NotBlank @Size(max = 100) String name, int count, Boolean archived, List<@NotBlank String> badges,
                 List<@Valid Criterion> criteria, Sort sort, Instant created, Map<String, String> payload) {
    }

    record FormProbe(@NotBlank String name, Integer count, List<String> badges) {
    }

    @PostMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> json(@PathVariable long id, @RequestParam(required = false) @Max(100) Integer page,
                             @RequestParam(defaultValue = "NAME") Sort sort,
                             @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 64) String key,
                             @Valid @RequestBody Probe probe) {
        return echo(id, probe.name(), probe.badges());
    }

    @PutMapping(path = "/{id}", consumes = {MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            MediaType.MULTIPART_FORM_DATA_VALUE})
    Map<String, Object> form(@PathVariable long id, @Valid @ModelAttribute FormProbe form,
                             @RequestPart(name = "image", required = false) MultipartFile image) {
        return echo(id, form.name(), form.badges());
    }

    @GetMapping("/{id}")
    Map<String, Object> read(@PathVariable long id, @RequestParam(defaultValue = "10") int limit,
                             @RequestParam(required = false) List<Integer> ids,
                             @RequestParam(required = false) Instant since) {
        return echo(id, String.valueOf(since), null);
    }

    private static Map<String, Object> echo(long id, String name, List<String> badges) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", id);
        answer.put("name", name);
        answer.put("badges", badges);
        return answer;
    }
}
