package org.badgeportal.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * One in-process SMTP server (GreenMail) for the whole test JVM. Every test context sends its mail here, so
 * mail is tested over real SMTP.
 */
public final class TestMailServer {

    private static GreenMail server;

    private TestMailServer() {
    }

    public static synchronized GreenMail get() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** Waits (without sleeping blindly) for the newest mail to an address, up to fifteen seconds (a loaded CI machine is slow). */
    public static MimeMessage awaitMailTo(String address) {
        return awaitMailTo(address, "");
    }

    /**
     * Waits for the newest mail to an address whose body contains a text, e.g. "/verify/": an address may get
     * several mails (an award notification and a verification link) in either order.
     */
    public static MimeMessage awaitMailTo(String address, String bodyContains) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<MimeMessage> found = latestTo(address, bodyContains);
            if (found.isPresent()) {
                return found.get();
            }
            get().waitForIncomingEmail(100, get().getReceivedMessages().length + 1);
        }
        throw new AssertionError("No mail containing '" + bodyContains + "' arrived for " + address);
    }

    private static Optional<MimeMessage> latestTo(String address, String bodyContains) {
        MimeMessage[] received = get().getReceivedMessages();
        for (int i = received.length - 1; i >= 0; i--) {
            try {
                if (Arrays.stream(received[i].getAllRecipients()).anyMatch(r -> r.toString().contains(address))
                        && String.valueOf(received[i].getContent()).contains(bodyContains)) {
                    return Optional.of(received[i]);
                }
            } catch (jakarta.mail.MessagingException | java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return Optional.empty();
    }

    /** Points {@code spring.mail.*} of a test context at the shared server. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                    "spring.mail.host=127.0.0.1",
                    "spring.mail.port=" + get().getSmtp().getPort());
        }
    }
}
