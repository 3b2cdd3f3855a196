package ru.edu.mentoring.questionnaires;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.web.StaleVersionForm;

/**
 * The questionnaire templates: every signed-in user reads them; department staff edit their municipality's (an
 * edit of a national version makes the municipality's own), the administrator the national ones. An edit is saved
 * as a new version; answers keep the version they answered.
 */
@Controller
class TemplateController {

    private final Questionnaires questionnaires;

    TemplateController(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    @InitBinder("templateForm")
    void templateFields(WebDataBinder binder) {
        binder.setAllowedFields("title", "questionIds", "texts", "options", "removeIds", "newKind", "newText",
                "newOptions", "version");
    }

    /** The templates this user may see: the national ones and those of the user's municipality. */
    private boolean visible(CurrentUser user, QuestionnaireTemplate t) {
        return t.getMunicipalityId() == null || user.seesAllMunicipalities()
                || t.getMunicipalityId().equals(user.municipalityId());
    }

    @GetMapping("/questionnaire-templates")
    String list(CurrentUser user, Model model) {
        List<QuestionnaireTemplate> all = questionnaires.allTemplates().stream().filter(t -> visible(user, t))
                .toList();
        model.addAttribute("templates", all);
        model.addAttribute("formNames", questionnaires.formNames());
        model.addAttribute("canEdit", user.has(Role.ADMIN) || user.has(Role.DEPARTMENT));
        return "questionnaires/templates";
    }

    private QuestionnaireTemplate readable(long id, CurrentUser user) {
        QuestionnaireTemplate t = questionnaires.template(id);
        if (!visible(user, t)) {
            throw new NotFoundException();
        }
        return t;
    }

    @GetMapping("/questionnaire-templates/{id}")
    String show(@PathVariable long id, CurrentUser user, Model model) {
        QuestionnaireTemplate t = readable(id, user);
        model.addAttribute("template", t);
        model.addAttribute("formNames", questionnaires.formNames());
        model.addAttribute("answers", questionnaires.answersOf(id));
        model.addAttribute("canEdit", editor(user));
        return "questionnaires/template";
    }

    private static boolean editor(CurrentUser user) {
        return user.has(Role.ADMIN) || (user.has(Role.DEPARTMENT) && user.municipalityId() != null);
    }

    private QuestionnaireTemplate editable(long id, CurrentUser user) {
        QuestionnaireTemplate t = readable(id, user);
        if (!editor(user)) {
            throw new AccessDeniedException("read only");
        }
        return t;
    }

    private static List<Questionnaires.QuestionEdit> edits(List<Long> ids, List<String> texts, List<String> options,
            java.util.Set<Long> removed) {
        List<Questionnaires.QuestionEdit> edits = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            edits.add(new Questionnaires.QuestionEdit(ids.get(i), texts.get(i), i < options.size() ? options.get(i)
                    : null, removed.contains(ids.get(i))));
        }
        return edits;
    }

    @GetMapping("/questionnaire-templates/{id}/edit")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        QuestionnaireTemplate t = editable(id, user);
        model.addAttribute("templateForm", TemplateForm.of(t));
        return editPage(model, t);
    }

    private String editPage(Model model, QuestionnaireTemplate t) {
        model.addAttribute("template", t);
        model.addAttribute("formNames", questionnaires.formNames());
        model.addAttribute("kinds", QuestionKind.values());
        return "questionnaires/template-form";
    }

    @PostMapping("/questionnaire-templates/{id}")
    @StaleVersionForm("questionnaires/template-form")
    String save(@PathVariable long id, @Valid @ModelAttribute("templateForm") TemplateForm form, BindingResult errors,
            CurrentUser user, Model model, RedirectAttributes redirect, jakarta.servlet.http.HttpServletRequest request) {
        QuestionnaireTemplate t = editable(id, user);
        editPage(model, t);
        if (form.getNewText() != null && !form.getNewText().isBlank() && form.getNewKind() == null) {
            errors.rejectValue("newKind", "validation.required");
        }
        if (form.getNewKind() == QuestionKind.CHOICE && (form.getNewOptions() == null
                || !form.getNewOptions().contains("|"))) {
            errors.rejectValue("newOptions", "questionnaire.template.options");
        }
        List<Long> ids = form.getQuestionIds() == null ? List.of() : form.getQuestionIds();
        List<String> texts = form.getTexts() == null ? List.of() : form.getTexts();
        // a question to remove is one of the template's own, by its id as the page gave it
        if (form.getRemoveIds() != null && form.getRemoveIds().stream().anyMatch(r -> r == null || !ids.contains(r))) {
            errors.rejectValue("removeIds", "questionnaire.template.removeIds");
        }
        List<String> options = form.getOptions() == null ? List.of() : form.getOptions();
        // the binder trims each value of a list (a control character alone becomes ""): the options as sent
        String[] sentOptions = request.getParameterValues("options");
        if (sentOptions != null) {
            for (String sent : sentOptions) {
                java.util.Optional<String> problem = ru.edu.mentoring.shared.PlainText.Rules.problem(sent, false);
                if (problem.isPresent()) {
                    errors.rejectValue("options", problem.get());
                    break;
                }
            }
        }
        if (ids.size() != texts.size() || ids.contains(null)) {
            errors.rejectValue("texts", "questionnaire.template.questions");
        } else {
            for (String text : texts) {
                if (text == null || text.isBlank()) {
                    errors.rejectValue("texts", "questionnaire.template.textRequired");
                    break;
                }
                java.util.Optional<String> problem = ru.edu.mentoring.shared.PlainText.Rules.problem(text, false);
                if (problem.isPresent() || text.length() > 500) {
                    errors.rejectValue("texts", problem.orElse("validation.tooLong"));
                    break;
                }
            }
            for (String option : options) {
                java.util.Optional<String> problem = ru.edu.mentoring.shared.PlainText.Rules.problem(option, false);
                if (problem.isPresent() || (option != null && option.length() > 1000)) {
                    errors.rejectValue("options", problem.orElse("validation.tooLong"));
                    break;
                }
            }
        }
        if (form.getRemoveIds().containsAll(ids) && (form.getNewText() == null || form.getNewText().isBlank())) {
            errors.reject("questionnaire.template.empty", "questionnaire.template.empty");
        }
        if (errors.hasErrors()) {
            return "questionnaires/template-form";
        }
        Long municipality = user.has(Role.ADMIN) ? null : user.municipalityId();
        long saved = questionnaires.newVersion(id, form.getVersion() == null ? -1 : form.getVersion(), municipality,
                form.getTitle(), edits(ids, texts, options, form.getRemoveIds()), form.getNewKind(),
                form.getNewText(), form.getNewOptions(), user.id());
        redirect.addFlashAttribute("flashSuccess", "questionnaire.template.saved");
        return "redirect:/questionnaire-templates/" + saved;
    }
}
