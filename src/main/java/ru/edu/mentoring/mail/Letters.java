package ru.edu.mentoring.mail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import ru.edu.mentoring.accounts.PasswordLinkIssued;
import ru.edu.mentoring.notifications.Notifications;

/**
 * Composes letters in Russian from Thymeleaf templates ({@code mail/<name>.html} and {@code text/<name>} for the plain
 * text) and the {@code mail} message bundle. A notification's words are its bell text ({@code notification.<KIND>}),
 * so a kind added later is mailed without a template of its own. Links are absolute, on {@code app.base-url}.
 */
@Component
class Letters {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** A composed letter. */
    record Letter(String subject, String text, String html) {}

    /** One notification as a line of a letter. */
    record Line(String text, String comment, String url) {}

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final String baseUrl;
    private final ZoneId zone;

    Letters(ITemplateEngine templates, MessageSource messages, @Value("${app.base-url:http://localhost:8080}") String baseUrl,
            @Value("${app.zone:Europe/Moscow}") String zone) {
        this.templates = templates;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.zone = ZoneId.of(zone);
    }

    String url(String path) {
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    Line line(Notifications.View n) {
        String text = messages.getMessage(n.kind().messageKey(), new Object[] {n.schoolName(), n.actorName()},
                RUSSIAN);
        return new Line(text, n.comment(), url(n.link()));
    }

    Letter notification(String fullName, Notifications.View n) {
        Line line = line(n);
        Context ctx = context(fullName);
        ctx.setVariable("line", line);
        return compose("notification", msg("mail.notification.subject", line.text()), ctx);
    }

    Letter digest(String fullName, List<Line> lines) {
        Context ctx = context(fullName);
        ctx.setVariable("lines", lines);
        return compose("digest", msg("mail.digest.subject", lines.size()), ctx);
    }

    Letter passwordLink(PasswordLinkIssued e, String username) {
        Context ctx = context(e.fullName());
        ctx.setVariable("username", username);
        boolean newAccount = e.purpose() == PasswordLinkIssued.Purpose.NEW_ACCOUNT;
        ctx.setVariable("newAccount", newAccount);
        ctx.setVariable("link", e.link());
        ctx.setVariable("expires", DATE_TIME.format(e.expiresAt().atZone(zone)));
        return compose("password-link", msg(newAccount ? "mail.password.subject.new" : "mail.password.subject.reset"),
                ctx);
    }

    private Context context(String fullName) {
        Context ctx = new Context(RUSSIAN);
        ctx.setVariable("fullName", fullName);
        ctx.setVariable("portalUrl", url("/"));
        ctx.setVariable("settingsUrl", url("/settings/notifications"));
        return ctx;
    }

    private Letter compose(String name, String subject, Context ctx) {
        ctx.setVariable("subject", subject);
        return new Letter(subject, templates.process("text/" + name, ctx).strip() + "\n",
                templates.process("mail/" + name, ctx));
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, RUSSIAN);
    }
}
