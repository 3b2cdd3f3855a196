package ru.edu.mentoring.questionnaires;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one-time link: opens one questionnaire without login, takes one answer and then says «ответ уже получен». It
 * shows no name, school or pair, and opens nothing else; an unknown token is 404, a used one or one that no longer
 * works 410, each a calm page without data. The page is never cached.
 */
@Controller
class PublicQuestionnaireController {

    private final Questionnaires questionnaires;

    PublicQuestionnaireController(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    @InitBinder("answerForm")
    void answerFields(WebDataBinder binder) {
        // the answers are read from the request's answers[<question id>] parameters; nothing else is bound
        binder.setAllowedFields("slot");
    }

    @GetMapping("/q/{token}")
    String open(@PathVariable String token, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        Questionnaires.Opened opened = questionnaires.open(token);
        if (opened.state() != Questionnaires.LinkState.OPEN) {
            return closed(opened.state(), model, response);
        }
        model.addAttribute("answerForm", new AnswerForm());
        return form(model, token, opened, Map.of());
    }

    private String form(Model model, String token, Questionnaires.Opened opened, Map<Long, String> errors) {
        model.addAttribute("token", token);
        model.addAttribute("template", opened.template());
        model.addAttribute("wave", opened.link().getWave());
        model.addAttribute("errors", errors);
        return "questionnaires/public-form";
    }

    private static String closed(Questionnaires.LinkState state, Model model, HttpServletResponse response) {
        switch (state) {
            case ANSWERED -> {
                response.setStatus(410);
                model.addAttribute("message", "questionnaire.link.answered");
            }
            case CLOSED -> {
                response.setStatus(410);
                model.addAttribute("message", "questionnaire.link.closed");
            }
            default -> {
                response.setStatus(404);
                model.addAttribute("message", "questionnaire.link.unknown");
            }
        }
        return "questionnaires/public-closed";
    }

    @PostMapping("/q/{token}")
    String submit(@PathVariable String token, @ModelAttribute("answerForm") AnswerForm form, BindingResult binding,
            @RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        form.setAnswers(AnswerForm.answersOf(params));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        Questionnaires.Opened opened = questionnaires.open(token);
        if (opened.state() != Questionnaires.LinkState.OPEN) {
            return closed(opened.state(), model, response);
        }
        Questionnaires.Outcome outcome;
        try {
            outcome = questionnaires.submitByLink(token, form.getAnswers());
        } catch (DataIntegrityViolationException e) {
            // the curator typed in a paper answer for this respondent and wave meanwhile
            return closed(Questionnaires.LinkState.ANSWERED, model, response);
        }
        if (outcome.refusal() != null) {
            return closed("questionnaire.link.answered".equals(outcome.refusal()) ? Questionnaires.LinkState.ANSWERED
                    : Questionnaires.LinkState.CLOSED, model, response);
        }
        if (!outcome.saved()) {
            return form(model, token, opened, outcome.errors());
        }
        model.addAttribute("message", "questionnaire.link.thanks");
        return "questionnaires/public-closed";
    }
}
