package ru.edu.mentoring.approval;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.edu.mentoring.shared.PlainText;
import ru.edu.mentoring.shared.StaleVersionException;

/**
 * The department's decision as a controller takes it (the form of {@code approval/decision.html}): the comment is
 * checked as plain text, the decision is taken; a refusal re-renders the subject's page with {@code decisionError}
 * and the comment kept (409 when the subject changed since it was opened), success redirects with a flash message.
 */
public final class Decisions {

    private Decisions() {}

    /** The service call that takes the decision: approve, or return for rework. */
    @FunctionalInterface
    public interface Decision {
        void take(boolean approve);
    }

    /** The service call that takes a decision of a kind that may also be refused: the outcome is APPROVED,
     * RETURNED or REFUSED. */
    @FunctionalInterface
    public interface Verdict {
        void take(ApprovalStatus outcome);
    }

    /**
     * Takes the decision posted to {@code <subject>/approve}, {@code <subject>/return} or {@code <subject>/refuse} (the
     * form's three buttons, {@code canRefuse} in the model) the same way as {@link #decide}: a refusal of the action
     * re-renders the page with the comment kept, success redirects with {@code <kind>.approved|returned|refused}.
     */
    public static String decideOrRefuse(SubjectKind kind, long id, String comment, HttpServletRequest request,
            Verdict verdict, Supplier<String> page, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        String uri = request.getRequestURI();
        ApprovalStatus outcome = uri.endsWith("/approve") ? ApprovalStatus.APPROVED
                : uri.endsWith("/refuse") ? ApprovalStatus.REFUSED : ApprovalStatus.RETURNED;
        var problem = PlainText.Rules.problem(comment, true);
        if (problem.isPresent()) {
            return refuse(problem.get(), comment, page, model);
        }
        try {
            verdict.take(outcome);
        } catch (StaleVersionException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return refuse(kind.key("decide.stale"), comment, page, model);
        } catch (ApprovalRuleException e) {
            return refuse(e.messageKey(), comment, page, model);
        }
        redirect.addFlashAttribute("flashSuccess", kind.key(switch (outcome) {
            case APPROVED -> "approved";
            case REFUSED -> "refused";
            default -> "returned";
        }));
        return "redirect:" + kind.path(id);
    }

    /**
     * Takes the decision posted to {@code <subject>/approve} or {@code <subject>/return} (the form's two buttons).
     * {@code page} renders the subject's page again after a refusal.
     */
    public static String decide(SubjectKind kind, long id, String comment, HttpServletRequest request,
            Decision decision, Supplier<String> page, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        boolean approve = request.getRequestURI().endsWith("/approve");
        var problem = PlainText.Rules.problem(comment, true);
        if (problem.isPresent()) {
            return refuse(problem.get(), comment, page, model);
        }
        try {
            decision.take(approve);
        } catch (StaleVersionException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return refuse(kind.key("decide.stale"), comment, page, model);
        } catch (ApprovalRuleException e) {
            return refuse(e.messageKey(), comment, page, model);
        }
        redirect.addFlashAttribute("flashSuccess", kind.key(approve ? "approved" : "returned"));
        return "redirect:" + kind.path(id);
    }

    /**
     * A step of the subject's owner that carries no typed input (submit, reopen): {@code action} calls the service;
     * success redirects to the subject's page with {@code <kind>.<done>}, a step the subject's status does not allow
     * redirects there with the rule's message. A stale version is left to {@code web.ErrorAdvice} (the 409 page).
     */
    public static String step(SubjectKind kind, long id, String done, Runnable action,
            RedirectAttributes redirect) {
        try {
            action.run();
        } catch (ApprovalRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:" + kind.path(id);
        }
        redirect.addFlashAttribute("flashSuccess", kind.key(done));
        return "redirect:" + kind.path(id);
    }

    /**
     * {@link #step(SubjectKind, long, String, Runnable, RedirectAttributes)}, and a stale version re-renders the
     * subject's page ({@code page}) with status 409 and {@code decisionError = <kind>.stale}.
     */
    public static String step(SubjectKind kind, long id, String done, Runnable action, Supplier<String> page,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            return step(kind, id, done, action, redirect);
        } catch (StaleVersionException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("decisionError", kind.key("stale"));
            return page.get();
        }
    }

    /** The version a button's form sent; a missing one is treated as stale (the form was not the server's). */
    public static long required(Long version) {
        if (version == null) {
            throw new StaleVersionException();
        }
        return version;
    }

    /** {@link #decide} with the two service calls apart: {@code approve} and {@code giveBack} (return for rework). */
    public static String decide(SubjectKind kind, long id, String comment, HttpServletRequest request,
            Runnable approve, Runnable giveBack, Supplier<String> page, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return decide(kind, id, comment, request, yes -> (yes ? approve : giveBack).run(), page, model, redirect,
                response);
    }

    private static String refuse(String messageKey, String comment, Supplier<String> page, Model model) {
        model.addAttribute("decisionError", messageKey);
        model.addAttribute("comment", comment);
        return page.get();
    }
}
