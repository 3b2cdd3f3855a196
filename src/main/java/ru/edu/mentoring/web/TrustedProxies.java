package ru.edu.mentoring.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Which clients may tell the portal, by {@code X-Forwarded-For/-Proto/-Host/-Port}, who the user is and how they
 * reached it: only the reverse proxies the operator names in {@code TRUSTED_PROXIES} (property
 * {@code app.security.trusted-proxies}), a comma-separated list of IP addresses or IPv4 networks whose prefix is a
 * whole number of octets ({@code 10.0.0.5, 172.18.0.0/16}). The default is none: every forwarded header is ignored,
 * so no client can pick the address the login throttle counts or the host of a redirect. Tomcat's own default
 * (every private and loopback address) is replaced by this list.
 */
public class TrustedProxies implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "app.security.trusted-proxies";

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        String pattern = pattern(env.getProperty(PROPERTY, ""));
        env.getPropertySources().addFirst(new MapPropertySource("trustedProxies", Map.of(
                "server.forward-headers-strategy", "native",
                "server.tomcat.remoteip.internal-proxies", pattern,
                "server.tomcat.remoteip.trusted-proxies", "")));
    }

    /** The Tomcat pattern matching the listed addresses; empty (nobody) for an empty list. */
    static String pattern(String list) {
        List<String> parts = new ArrayList<>();
        for (String raw : list.split(",")) {
            String entry = raw.strip();
            if (!entry.isEmpty()) {
                parts.add(entryPattern(entry));
            }
        }
        return String.join("|", parts);
    }

    private static String entryPattern(String entry) {
        int slash = entry.indexOf('/');
        if (slash < 0) {
            return Pattern.quote(literal(entry).getHostAddress());
        }
        InetAddress network = literal(entry.substring(0, slash));
        int prefix;
        try {
            prefix = Integer.parseInt(entry.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw invalid(entry);
        }
        if (network.getAddress().length != 4 || prefix % 8 != 0 || prefix < 8 || prefix > 32) {
            throw invalid(entry);
        }
        String[] octets = network.getHostAddress().split("\\.");
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            p.append(i > 0 ? "\\." : "").append(i < prefix / 8 ? octets[i] : "\\d{1,3}");
        }
        return p.toString();
    }

    private static InetAddress literal(String text) {
        boolean ipv4 = text.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = text.contains(":") && text.matches("[0-9a-fA-F:.]+");
        if (!ipv4 && !ipv6) {
            throw invalid(text);
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw invalid(text);
        }
    }

    private static IllegalStateException invalid(String entry) {
        return new IllegalStateException("TRUSTED_PROXIES: «" + entry + "» is not an IP address or an IPv4 network"
                + " with a prefix of /8, /16, /24 or /32");
    }
}
