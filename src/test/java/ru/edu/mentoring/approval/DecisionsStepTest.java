package ru.edu.mentoring.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;
import ru.edu.mentoring.shared.StaleVersionException;

/** The one helper behind every approval subject's submit / reopen / decide handler answers as the handlers did. */
class DecisionsStepTest {

    private final ExtendedModelMap model = new ExtendedModelMap();
    private final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    private java.util.Map<String, Object> flash() {
        return new java.util.HashMap<>(redirect.getFlashAttributes());
    }

    @Test
    void aStepDoneRedirectsToTheSubjectWithItsSuccessMessage() {
        String view = Decisions.step(SubjectKind.REPORT, 7, "submitted", () -> {}, () -> "reports/show", model,
                redirect, response);
        assertThat(view).isEqualTo("redirect:/reports/7");
        assertThat(flash()).containsEntry("flashSuccess", "report.submitted");
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void aStepTheStatusRefusesRedirectsWithTheRulesMessage() {
        String view = Decisions.step(SubjectKind.PRACTICE, 3, "submitted", () -> {
            throw new ApprovalRuleException("practice.submit.notAllowed");
        }, () -> "practices/show", model, redirect, response);
        assertThat(view).isEqualTo("redirect:/practice-bank/3");
        assertThat(flash()).containsEntry("flashError", "practice.submit.notAllowed").doesNotContainKey("flashSuccess");
    }

    @Test
    void aStaleStepRendersTheSubjectsPageAgainWith409AndTheKindsStaleMessage() {
        String view = Decisions.step(SubjectKind.SNAPSHOT, 5, "submitted", () -> Decisions.required(null),
                () -> "snapshots/show", model, redirect, response);
        assertThat(view).isEqualTo("snapshots/show");
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(model.getAttribute("decisionError")).isEqualTo("snapshot.stale");
        assertThat(flash()).isEmpty();
    }

    @Test
    void aStepWithoutAPageLeavesAStaleVersionToTheErrorAdvice() {
        assertThatThrownBy(() -> Decisions.step(SubjectKind.ROADMAP, 9, "reopened", () -> {
            throw new StaleVersionException(4L);
        }, redirect)).isInstanceOf(StaleVersionException.class);
        assertThat(Decisions.step(SubjectKind.ROADMAP, 9, "reopened", () -> {}, redirect))
                .isEqualTo("redirect:/roadmaps/9");
        assertThat(flash()).containsEntry("flashSuccess", "roadmap.reopened");
    }

    @Test
    void aDecisionCallsTheApproveOrTheReturnCallByTheButtonPosted() {
        StringBuilder called = new StringBuilder();
        for (String button : new String[] {"approve", "return"}) {
            var request = new MockHttpServletRequest("POST", "/programmes/2/" + button);
            String view = Decisions.decide(SubjectKind.PROGRAMME, 2, "ok", request, () -> called.append("A"),
                    () -> called.append("R"), () -> "programmes/show", model, redirect, response);
            assertThat(view).isEqualTo("redirect:/programmes/2");
        }
        assertThat(called).hasToString("AR");
        assertThat(flash()).containsEntry("flashSuccess", "programme.returned");
    }

    @Test
    void everyKindWhoseSubmitRendersItsPageAgainHasItsStaleMessageInBothLanguages() throws Exception {
        var modules = java.util.Map.of(SubjectKind.REPORT, "reports", SubjectKind.PROGRAMME, "programmes",
                SubjectKind.PRACTICE, "practices", SubjectKind.SNAPSHOT, "snapshots");
        for (var e : modules.entrySet()) {
            for (String suffix : new String[] {"", "_en"}) {
                var bundle = new java.util.Properties();
                try (var in = getClass().getResourceAsStream("/i18n/" + e.getValue() + suffix + ".properties")) {
                    bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                }
                assertThat(bundle.getProperty(e.getKey().key("stale"))).as(e.getValue() + suffix).isNotBlank();
            }
        }
    }
}
