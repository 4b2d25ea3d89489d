package org.badgeportal.system;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

/**
 * Form records are bound through their constructor: a value that cannot be converted to its component's type
 * (a check box that is not a boolean; no browser sends one) leaves no form at all, and then no page can show the
 * form again with its errors. Such a request is malformed and answered 400.
 */
public final class MalformedForm {

    private MalformedForm() {
    }

    /** Throws a 400 unless the form was built and its binding result holds it (field errors need a target). */
    public static void refuseUnbound(Object form, BindingResult result) {
        if (form == null || result.getTarget() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }
}
