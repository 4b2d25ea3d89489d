package org.badgeportal.admin;

import org.badgeportal.mail.DevelopmentMailbox;
import org.badgeportal.mail.MailDetails;
import org.badgeportal.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The development mailbox: every mail the portal queued, including those kept because no SMTP is set up. */
@Controller
@RequestMapping("/admin/mailbox")
class MailboxController {

    private static final String LIST_VIEW = "admin/mailbox";
    private static final String MAIL_VIEW = "admin/mailbox-mail";

    private final DevelopmentMailbox mailbox;

    MailboxController(DevelopmentMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("mails", mailbox.page(page));
        return LIST_VIEW;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        MailDetails mail = mailbox.find(id).orElseThrow(() -> new NotFoundException("Mail"));
        model.addAttribute("mail", mail);
        model.addAttribute("segments", LinkedText.split(mail.body()));
        return MAIL_VIEW;
    }
}
