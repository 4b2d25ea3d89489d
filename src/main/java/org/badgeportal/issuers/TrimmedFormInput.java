package org.badgeportal.issuers;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** The issuer forms (new issuer, settings, members) trim what is typed, and take a blank field as empty. */
@ControllerAdvice(assignableTypes = {ManageController.class, IssuerSettingsController.class, MembersController.class})
class TrimmedFormInput {

    @InitBinder
    void trimInput(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }
}
