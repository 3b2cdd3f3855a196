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

    private static String refuse(String messageKey, String comment, Supplier<String> page, Model model) {
        model.addAttribute("decisionError", messageKey);
        model.addAttribute("comment", comment);
        return page.get();
    }
}
