package org.badgeportal.awards;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import org.badgeportal.support.TestMailServer;

/** Waits for a particular mail to an address over SMTP (the newest one may be another mail to the same person). */
final class Mails {

    private Mails() {
    }

    static MimeMessage awaitSubject(String address, String subjectContains) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        TestMailServer.awaitMailTo(address);
        while (System.nanoTime() < deadline) {
            MimeMessage[] received = TestMailServer.get().getReceivedMessages();
            for (int i = received.length - 1; i >= 0; i--) {
                try {
                    MimeMessage mail = received[i];
                    if (Arrays.stream(mail.getAllRecipients()).anyMatch(r -> r.toString().contains(address))
                            && mail.getSubject().contains(subjectContains)) {
                        return mail;
                    }
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            TestMailServer.get().waitForIncomingEmail(100, received.length + 1);
        }
        throw new AssertionError("No mail with '" + subjectContains + "' arrived for " + address);
    }

    static String body(MimeMessage mail) {
        try {
            return mail.getContent().toString().replace("\r\n", "\n");
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
