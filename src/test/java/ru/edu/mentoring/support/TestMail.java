package ru.edu.mentoring.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) in the test JVM, on one port for the whole run, which every integration test's
 * application sends to ({@code spring.mail.host/port} set by {@link IntegrationTest}). It can be stopped and started
 * again on the same port (a mail server that is down for a while).
 */
public final class TestMail {

    private static int port;
    private static GreenMail server;

    private TestMail() {}

    public static synchronized int port() {
        if (port == 0) {
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            start();
        }
        return port;
    }

    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            server.start();
        }
    }

    /** Stops the server: connections are refused until {@link #start()}; what it received is forgotten. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Every message received since the server (re)started. */
    public static synchronized List<MimeMessage> received() {
        port();
        return Arrays.asList(server.getReceivedMessages());
    }

    /** The messages received for one address. */
    public static List<MimeMessage> to(String address) {
        return received().stream().filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
