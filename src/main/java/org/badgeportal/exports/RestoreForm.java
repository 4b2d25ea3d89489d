package org.badgeportal.exports;

import org.springframework.web.multipart.MultipartFile;

/** The restore form: an issuer export and the email of the account that becomes the issuer's owner. */
record RestoreForm(String ownerEmail, MultipartFile file) {

    static RestoreForm empty() {
        return new RestoreForm("", null);
    }
}
